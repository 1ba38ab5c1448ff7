package com.loopin.protection;

import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlDialect;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
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
     * caller's transaction must roll back when one is over. One statement for all of them, in key order so that two
     * requests never lock the same rows in opposite orders.
     */
    Map<String, Integer> hitAll(List<Limit> limits, Instant now) {
        List<Limit> sorted =
                limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
        List<Object> params = new ArrayList<>();
        for (Limit limit : sorted) {
            params.add(limit.key());
            params.add(utc(limit.window().startOf(now)));
        }
        String values = String.join(
                ", ",
                Collections.nCopies(
                        sorted.size(), "(cast(? as varchar(120)), cast(? as timestamp(6) with time zone))"));
        String sql = dialect.pick(
                "insert into rate_limit_counter (limit_key, window_start, hits) select k, w, 1 from (values "
                        + values + ") v(k, w)"
                        + " on conflict (limit_key, window_start) do update set hits = rate_limit_counter.hits + 1"
                        + " returning limit_key, hits",
                "select limit_key, hits from final table (merge into rate_limit_counter c using (values "
                        + values + ") v(k, w) on c.limit_key = v.k and c.window_start = v.w"
                        + " when matched then update set hits = c.hits + 1"
                        + " when not matched then insert (limit_key, window_start, hits) values (v.k, v.w, 1))");
        Map<String, Integer> hits = new HashMap<>();
        try {
            jdbc.sql(sql)
                    .params(params)
                    .query((rs, row) -> hits.put(rs.getString(1), rs.getInt(2)))
                    .list();
        } catch (DuplicateKeyException e) {
            // H2's merge can insert a row that a parallel request inserted a moment before (PostgreSQL's
            // "on conflict" never raises this); the row is there now, so the second try updates it
            jdbc.sql(sql)
                    .params(params)
                    .query((rs, row) -> hits.put(rs.getString(1), rs.getInt(2)))
                    .list();
        }
        return hits;
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

    void reset(String key, Instant windowStart) {
        jdbc.sql("update rate_limit_counter set hits = 0 where limit_key = ? and window_start = ?")
                .params(key, utc(windowStart))
                .update();
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
}
