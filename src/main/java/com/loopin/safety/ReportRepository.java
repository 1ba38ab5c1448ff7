package com.loopin.safety;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code report}. */
@Repository
class ReportRepository {

    private static final String COLUMNS =
            "id, reporter_id, event_id, user_id, reason, text, status, outcome, handled_by, handled_at, created_at";

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long reporterId, String eventId, Long userId, String reason, String text, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into report (reporter_id, event_id, user_id, reason, text, status, created_at)
                        values (?, ?, ?, ?, ?, 'open', ?)""")
                .params(java.util.Arrays.asList(reporterId, eventId, userId, reason, text, utc(now)))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Report> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from report where id = ?")
                .param(id)
                .query((row, n) -> report(row))
                .optional();
    }

    /**
     * A page of reports in this status, of one event or person when given: open ones oldest first (the queue), handled
     * ones latest first.
     */
    List<Report> page(String status, String eventId, Long userId, int limit, long offset) {
        var where = new com.loopin.database.SqlWhere().and("status = ?", status);
        if (eventId != null) {
            where.and("event_id = ?", eventId);
        }
        if (userId != null) {
            where.and("user_id = ?", userId);
        }
        String order = "open".equals(status) ? "created_at, id" : "handled_at desc, id desc";
        return jdbc.sql("select " + COLUMNS + " from report" + where.sql() + " order by " + order + " limit ? offset ?")
                .params(where.paramsAnd(limit, offset))
                .query((row, n) -> report(row))
                .list();
    }

    Map<String, Long> countPerStatus() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>(Map.of("open", 0L, "resolved", 0L, "dismissed", 0L));
        jdbc.sql("select status, count(*) as n from report group by status").query(row -> {
            counts.put(row.getString("status"), row.getLong("n"));
        });
        return counts;
    }

    /** Earlier reports of the same event or person: staff weigh a report by them. */
    long countAbout(String eventId, Long userId) {
        return jdbc.sql("select count(*) from report where event_id = ? or user_id = ?")
                .params(eventId, userId)
                .query(Long.class)
                .single();
    }

    /** @return false when the report was handled already (by someone else meanwhile) */
    boolean handle(long id, String status, String outcome, String staff, Instant now) {
        return jdbc.sql("""
                        update report set status = ?, outcome = ?, handled_by = ?, handled_at = ?
                        where id = ? and status = 'open'""").params(status, outcome, staff, utc(now), id).update() == 1;
    }

    private static Report report(ResultSet row) throws SQLException {
        long userId = row.getLong("user_id");
        Long reported = row.wasNull() ? null : userId;
        return new Report(
                row.getLong("id"),
                row.getLong("reporter_id"),
                row.getString("event_id"),
                reported,
                row.getString("reason"),
                row.getString("text"),
                row.getString("status"),
                row.getString("outcome"),
                row.getString("handled_by"),
                instant(row, "handled_at"),
                instant(row, "created_at"));
    }
}
