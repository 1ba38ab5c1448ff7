package com.loopin.leads;

import com.loopin.shared.SqlDialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The console's reads over the whole leads table, written so that their cost does not grow with it: counts that
 * stop at a cap, counts per day done by the database, and a cursor for exports. The number search is a {@code
 * like '%digits%'}, which a trigram index serves on PostgreSQL (V9); the embedded default scans.
 */
@Repository
class LeadQueries {

    private static final int EXPORT_FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SqlDialect dialect;
    private final Clock clock;
    private final Map<String, ConcurrentSkipListMap<LocalDate, Long>> pastDays = new ConcurrentHashMap<>();

    LeadQueries(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.dialect = dialect;
        this.clock = clock;
    }

    long countAtMost(LeadFilter filter, ZoneId zone, int cap) {
        Where where = where(filter, zone);
        List<Object> params = new ArrayList<>(where.params());
        params.add(cap);
        return jdbc.sql("select count(*) from (select 1 from phone_lead where " + where.sql() + " limit ?) capped")
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * Counts per day in the zone of the given column's instants since {@code since}. Days that are over do not
     * change again (both columns are set to "now" when they are set), so they are counted once and remembered;
     * each call counts only yesterday and today (yesterday too, for instances whose clocks differ a little
     * around midnight), from the index.
     */
    Map<LocalDate, Long> perDay(String column, Instant since, ZoneId zone) {
        if (!List.of("first_requested_at", "verified_at").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        LocalDate liveFrom = LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
        Instant liveFromStart = liveFrom.atStartOfDay(zone).toInstant();
        var past = pastDays.computeIfAbsent(column + "@" + zone.getId(), key -> new ConcurrentSkipListMap<>());
        LocalDate firstDay = LocalDate.ofInstant(since, zone);
        if (!since.isAfter(liveFromStart)) {
            synchronized (past) {
                LocalDate missingFrom = firstDay;
                while (missingFrom.isBefore(liveFrom) && past.containsKey(missingFrom)) {
                    missingFrom = missingFrom.plusDays(1);
                }
                if (missingFrom.isBefore(liveFrom)) {
                    Map<LocalDate, Long> counted =
                            count(column, missingFrom.atStartOfDay(zone).toInstant(), liveFromStart, zone);
                    for (LocalDate day = missingFrom; day.isBefore(liveFrom); day = day.plusDays(1)) {
                        past.put(day, counted.getOrDefault(day, 0L));
                    }
                }
            }
        }
        Map<LocalDate, Long> days = new TreeMap<>(past.subMap(firstDay, true, liveFrom, false));
        days.values().removeIf(count -> count == 0);
        days.putAll(count(column, since.isAfter(liveFromStart) ? since : liveFromStart, null, zone));
        return days;
    }

    private Map<LocalDate, Long> count(String column, Instant from, Instant until, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        // the zone is a ZoneId's own id, so it can be written into the statement (grouping needs one expression)
        String day = "cast(" + column + " at time zone '" + zone.getId() + "' as date)";
        String range = column + " >= ?" + (until == null ? "" : " and " + column + " < ?");
        List<Object> params = until == null ? List.of(utc(from)) : List.of(utc(from), utc(until));
        jdbc.sql("select " + day + ", count(*) from phone_lead where " + range + " group by " + day)
                .params(params)
                .query((rs, row) -> days.merge(localDate(rs), rs.getLong(2), Long::sum))
                .list();
        return days;
    }

    /** Every match, newest first, through a cursor: needs the caller's (read-only) transaction. */
    long stream(LeadFilter filter, ZoneId zone, Consumer<LeadView> consumer) {
        Where where = where(filter, zone);
        long[] rows = {0};
        if (dialect.isPostgres()) {
            jdbc.sql("set local statement_timeout = 0").update(); // an export of a million rows takes a while
        }
        template.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select id, phone_number, first_requested_at, last_requested_at, codes_sent,"
                                    + " failed_attempts, is_verified, verified_at, verified_by, is_test, deleted_at,"
                                    + " delivery_status, delivery_error from phone_lead where " + where.sql()
                                    + " order by first_requested_at desc, id desc",
                            ResultSet.TYPE_FORWARD_ONLY,
                            ResultSet.CONCUR_READ_ONLY);
                    statement.setFetchSize(EXPORT_FETCH_SIZE);
                    for (int i = 0; i < where.params().size(); i++) {
                        statement.setObject(i + 1, where.params().get(i));
                    }
                    return statement;
                },
                (ResultSet rs) -> {
                    consumer.accept(view(rs));
                    rows[0]++;
                });
        return rows[0];
    }

    private static LeadView view(ResultSet rs) throws SQLException {
        return new LeadView(
                rs.getLong("id"),
                rs.getString("phone_number"),
                instant(rs, "first_requested_at"),
                instant(rs, "last_requested_at"),
                rs.getInt("codes_sent"),
                rs.getInt("failed_attempts"),
                rs.getBoolean("is_verified"),
                instant(rs, "verified_at"),
                rs.getString("verified_by"),
                rs.getBoolean("is_test"),
                instant(rs, "deleted_at"),
                rs.getString("delivery_status"),
                rs.getString("delivery_error"));
    }

    /** The same conditions as {@link LeadSpecifications}, in SQL. */
    private static Where where(LeadFilter filter, ZoneId zone) {
        List<String> sql = new ArrayList<>(List.of("phone_number is not null"));
        List<Object> params = new ArrayList<>();
        String digits = filter.number() == null ? "" : filter.number().replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            sql.add("phone_number like ?");
            params.add("%" + digits + "%");
        }
        switch (filter.status() == null ? "" : filter.status()) {
            case "verified" -> sql.add("is_verified = true");
            case "unverified" -> sql.add("is_verified = false");
            case "test" -> sql.add("is_test = true");
            default -> {}
        }
        if (filter.from() != null) {
            sql.add("first_requested_at >= ?");
            params.add(utc(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.add("first_requested_at < ?");
            params.add(utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(String.join(" and ", sql), params);
    }

    private static LocalDate localDate(ResultSet rs) throws SQLException {
        return rs.getObject(1, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Where(String sql, List<Object> params) {}
}
