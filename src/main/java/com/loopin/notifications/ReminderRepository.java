package com.loopin.notifications;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code event_reminder}: the reminders' moments, each claimed once. */
@Repository
class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these events, the moments already claimed, as {@code event id:kind:start epoch second}. */
    java.util.Set<String> claimedAmong(java.util.Collection<String> eventIds) {
        java.util.Set<String> claimed = new java.util.HashSet<>();
        java.util.List<String> ids = java.util.List.copyOf(eventIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            java.util.List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            jdbc.sql("select event_id, kind, starts_at from event_reminder where event_id in ("
                            + com.loopin.database.SqlValues.marks(chunk.size()) + ")")
                    .params(chunk)
                    .query((java.sql.ResultSet row) -> {
                        claimed.add(key(
                                row.getString("event_id"),
                                row.getString("kind"),
                                com.loopin.database.SqlValues.instant(row, "starts_at")));
                    });
        }
        return claimed;
    }

    static String key(String eventId, String kind, Instant startsAt) {
        return eventId + ":" + kind + ":" + startsAt.getEpochSecond();
    }

    /** @return false when the moment was claimed before (by this instance or another) */
    boolean claim(String eventId, NotificationKind kind, Instant startsAt, Instant now) {
        return jdbc.sql("""
                                insert into event_reminder (event_id, kind, starts_at, sent_at, recipients)
                                values (?, ?, ?, ?, 0) on conflict do nothing""")
                        .params(eventId, kind.value(), utc(startsAt), utc(now))
                        .update()
                == 1;
    }

    void sentTo(String eventId, NotificationKind kind, Instant startsAt, int recipients) {
        jdbc.sql("update event_reminder set recipients = ? where event_id = ? and kind = ? and starts_at = ?")
                .params(recipients, eventId, kind.value(), utc(startsAt))
                .update();
    }
}
