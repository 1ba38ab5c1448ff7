package com.loopin.protection;

import com.loopin.shared.SqlDialect;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fixed-window counters in the shared database. Every change is a single conditional or counted statement, so
 * parallel requests on any number of instances can never together pass a limit.
 */
@Repository
class CounterRepository {

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    CounterRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /**
     * Counts one hit on each counter and returns each counter's hits afterwards, over the limit or not: the
     * caller's transaction must roll back when one is over. On PostgreSQL this is one statement for all of them,
     * in key order so that two requests never lock the same rows in opposite orders.
     */
    Map<String, Integer> hitAll(List<Limit> limits, Instant now) {
        List<Limit> sorted =
                limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
        if (!dialect.isPostgres()) {
            Map<String, Integer> hits = new HashMap<>();
            for (Limit limit : sorted) {
                hits.put(limit.key(), hitOne(limit.key(), limit.window().startOf(now)));
            }
            return hits;
        }
        var values = String.join(", ", Collections.nCopies(sorted.size(), "(?, ?, 1)"));
        List<Object> params = new ArrayList<>();
        for (Limit limit : sorted) {
            params.add(limit.key());
            params.add(utc(limit.window().startOf(now)));
        }
        Map<String, Integer> hits = new HashMap<>();
        jdbc.sql("insert into rate_limit_counter (limit_key, window_start, hits) values " + values
                        + " on conflict (limit_key, window_start) do update set hits = rate_limit_counter.hits + 1"
                        + " returning limit_key, hits")
                .params(params)
                .query((rs, row) -> hits.put(rs.getString(1), rs.getInt(2)))
                .list();
        return hits;
    }

    private int hitOne(String key, Instant windowStart) {
        jdbc.sql(
                        "insert into rate_limit_counter (limit_key, window_start, hits) values (?, ?, 0) on conflict do nothing")
                .params(key, utc(windowStart))
                .update();
        jdbc.sql("update rate_limit_counter set hits = hits + 1 where limit_key = ? and window_start = ?")
                .params(key, utc(windowStart))
                .update();
        return hits(key, windowStart);
    }

    /** Takes {@code count} hits at once if they all fit under {@code max}; false (and nothing taken) if not. */
    boolean tryTake(String key, Instant windowStart, int count, int max) {
        jdbc.sql(
                        "insert into rate_limit_counter (limit_key, window_start, hits) values (?, ?, 0) on conflict do nothing")
                .params(key, utc(windowStart))
                .update();
        return jdbc.sql(
                                "update rate_limit_counter set hits = hits + ? where limit_key = ? and window_start = ? and hits + ? <= ?")
                        .params(count, key, utc(windowStart), count, max)
                        .update()
                == 1;
    }

    int hits(String key, Instant windowStart) {
        return jdbc.sql("select hits from rate_limit_counter where limit_key = ? and window_start = ?")
                .params(key, utc(windowStart))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void refund(String key, Instant windowStart) {
        jdbc.sql("update rate_limit_counter set hits = hits - 1 where limit_key = ? and window_start = ? and hits > 0")
                .params(key, utc(windowStart))
                .update();
    }

    int deleteWindowsBefore(Instant cutoff) {
        return jdbc.sql("delete from rate_limit_counter where window_start < ?")
                .params(utc(cutoff))
                .update();
    }

    /** PostgreSQL's driver binds OffsetDateTime, not Instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
