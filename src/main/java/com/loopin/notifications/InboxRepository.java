package com.loopin.notifications;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code notification}. */
@Repository
class InboxRepository {

    private static final String COLUMNS =
            "id, user_id, kind, title, body, deep_link, share_url, event_id, created_at, read_at";

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return false when an item with this dedupe key exists (it was written before), or the person's account is
     *     gone
     */
    boolean insert(InboxItem item, String dedupeKey) {
        return jdbc.sql("""
                                insert into notification (id, user_id, kind, category, urgent, title, body, deep_link,
                                                          share_url, event_id, dedupe_key, created_at)
                                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                                where exists (select 1 from app_user where id = ?)
                                on conflict do nothing""")
                        .params(
                                item.id(),
                                item.userId(),
                                item.kind().value(),
                                item.kind().category().value(),
                                item.kind().urgent(),
                                item.title(),
                                item.body(),
                                item.deepLink(),
                                item.shareUrl(),
                                item.eventId(),
                                dedupeKey,
                                utc(item.createdAt()),
                                item.userId())
                        .update()
                == 1;
    }

    /** Newest first, {@code limit + 1} rows (to tell whether more follow), after the cursor's item when given. */
    List<InboxItem> page(long userId, Instant beforeTime, String beforeId, boolean unreadOnly, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from notification where user_id = ?");
        List<Object> params = new ArrayList<>(List.of(userId));
        if (beforeTime != null) {
            sql.append(" and (created_at < ? or (created_at = ? and id < ?))");
            params.addAll(List.of(utc(beforeTime), utc(beforeTime), beforeId));
        }
        if (unreadOnly) {
            sql.append(" and read_at is null");
        }
        sql.append(" order by created_at desc, id desc limit ?");
        params.add(limit + 1);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((row, n) -> item(row))
                .list();
    }

    long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    int markRead(long userId, Collection<String> ids, Instant now) {
        if (ids == null) {
            return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                    .params(utc(now), userId)
                    .update();
        }
        List<Object> params = new ArrayList<>(List.of(utc(now), userId));
        params.addAll(ids);
        return jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null and id in ("
                        + marks(ids.size()) + ")")
                .params(params)
                .update();
    }

    /** Deletes up to {@code max} items older than {@code before} (their pushes' rows go with them). */
    int deleteOlderThan(Instant before, int max) {
        return jdbc.sql("delete from notification where id in (select id from notification where created_at < ?"
                        + " order by created_at limit ?)")
                .params(utc(before), max)
                .update();
    }

    private static InboxItem item(ResultSet row) throws SQLException {
        return new InboxItem(
                row.getString("id"),
                row.getLong("user_id"),
                NotificationKind.of(row.getString("kind")),
                row.getString("title"),
                row.getString("body"),
                row.getString("deep_link"),
                row.getString("share_url"),
                row.getString("event_id"),
                instant(row, "created_at"),
                instant(row, "read_at"));
    }
}
