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
