package com.loopin.notifications;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code push_delivery}. */
@Repository
class PushRepository {

    /** A push as the dispatcher sends it; {@code token} is null when the device is gone. */
    record Due(
            long id,
            String notificationId,
            long deviceId,
            long userId,
            NotificationKind kind,
            int attempts,
            Instant dueAt,
            String token,
            String platform,
            String title,
            String body,
            String deepLink,
            String shareUrl,
            String eventId) {

        @Override
        public String toString() {
            return "Due[id=" + id + ", notification=" + notificationId + ", kind=" + kind + "]";
        }
    }

    /** A person's push, for the console. */
    record Row(
            String notificationId,
            String kind,
            long deviceId,
            String status,
            String outcome,
            int attempts,
            Instant dueAt,
            Instant updatedAt) {}

    private final JdbcClient jdbc;

    PushRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A push of the item to the device, {@code pending} from {@code dueAt} or {@code skipped} for a reason. */
    void plan(
            String notificationId,
            long deviceId,
            long userId,
            NotificationKind kind,
            Instant dueAt,
            String skippedBecause,
            Instant now) {
        jdbc.sql("""
                        insert into push_delivery (notification_id, device_id, user_id, kind, status, attempts, due_at,
                                                   outcome, created_at, updated_at)
                        values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(
                        notificationId,
                        deviceId,
                        userId,
                        kind.value(),
                        skippedBecause == null ? "pending" : "skipped",
                        utc(dueAt),
                        skippedBecause,
                        utc(now),
                        utc(now))
                .update();
    }

    /** How many items were planned as pushes (not skipped) for each person since {@code since}: the hourly cap. */
    Map<Long, Integer> pushesSince(Collection<Long> userIds, Instant since) {
        Map<Long, Integer> counts = new HashMap<>();
        if (userIds.isEmpty()) {
            return counts;
        }
        List<Object> params = new ArrayList<>(userIds);
        params.add(utc(since));
        jdbc.sql("select user_id, count(distinct notification_id) as pushes from push_delivery where user_id in ("
                        + marks(userIds.size()) + ") and created_at >= ? and status <> 'skipped' group by user_id")
                .params(params)
                .query((ResultSet row) -> {
                    counts.put(row.getLong("user_id"), row.getInt("pushes"));
                });
        return counts;
    }

    /**
     * Claims up to {@code max} due pushes for this instance until {@code leaseUntil}: rows another instance holds
     * locked are skipped, and a claimed row is not due again before its lease ends. Run in a transaction.
     */
    List<Long> claim(Instant now, Instant leaseUntil, int max) {
        List<Long> ids =
                jdbc.sql("""
                        select id from push_delivery
                        where status = 'pending' and due_at <= ? and (lease_until is null or lease_until < ?)
                        order by due_at limit ? for update skip locked""").params(utc(now), utc(now), max).query(Long.class).list();
        if (!ids.isEmpty()) {
            List<Object> params = new ArrayList<>(List.of(utc(leaseUntil), utc(now)));
            params.addAll(ids);
            jdbc.sql("update push_delivery set lease_until = ?, attempts = attempts + 1, updated_at = ? where id in ("
                            + marks(ids.size()) + ")")
                    .params(params)
                    .update();
        }
        return ids;
    }

    List<Due> due(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.notification_id, p.device_id, p.user_id, p.kind, p.attempts, p.due_at,
                               d.token, d.platform, n.title, n.body, n.deep_link, n.share_url, n.event_id
                        from push_delivery p
                        join notification n on n.id = p.notification_id
                        left join push_device d on d.id = p.device_id and d.user_id = p.user_id
                        where p.id in (""" + marks(ids.size()) + ") order by p.due_at, p.id")
                .params(List.copyOf(ids))
                .query((row, n) -> due(row))
                .list();
    }

    /** Records an outcome: {@code sent}, {@code failed} or {@code skipped}, the claim let go. */
    void finish(long id, String status, String outcome, Instant now) {
        jdbc.sql("update push_delivery set status = ?, outcome = ?, lease_until = null, updated_at = ? where id = ?")
                .params(status, outcome, utc(now), id)
                .update();
    }

    /** Tries again at {@code dueAt}, the reason kept. */
    void retry(long id, Instant dueAt, String reason, Instant now) {
        jdbc.sql("update push_delivery set due_at = ?, outcome = ?, lease_until = null, updated_at = ? where id = ?")
                .params(utc(dueAt), reason, utc(now), id)
                .update();
    }

    /** Pushes planned since {@code since} by kind, status and outcome. */
    List<PersonNotifications.Figure> figures(Instant since) {
        return jdbc.sql("""
                        select kind, status, coalesce(outcome, '') as outcome, count(*) as pushes from push_delivery
                        where created_at >= ? group by kind, status, outcome order by kind, status, outcome""")
                .param(utc(since))
                .query((row, n) -> new PersonNotifications.Figure(
                        row.getString("kind"),
                        row.getString("status"),
                        row.getString("outcome"),
                        row.getLong("pushes")))
                .list();
    }

    List<Row> ofPerson(long userId, int max) {
        return jdbc.sql("""
                        select notification_id, kind, device_id, status, outcome, attempts, due_at, updated_at
                        from push_delivery where user_id = ? order by created_at desc, id desc limit ?""")
                .params(userId, max)
                .query((row, n) -> new Row(
                        row.getString("notification_id"),
                        row.getString("kind"),
                        row.getLong("device_id"),
                        row.getString("status"),
                        row.getString("outcome"),
                        row.getInt("attempts"),
                        instant(row, "due_at"),
                        instant(row, "updated_at")))
                .list();
    }

    private static Due due(ResultSet row) throws SQLException {
        return new Due(
                row.getLong("id"),
                row.getString("notification_id"),
                row.getLong("device_id"),
                row.getLong("user_id"),
                NotificationKind.of(row.getString("kind")),
                row.getInt("attempts"),
                instant(row, "due_at"),
                row.getString("token"),
                row.getString("platform"),
                row.getString("title"),
                row.getString("body"),
                row.getString("deep_link"),
                row.getString("share_url"),
                row.getString("event_id"));
    }
}
