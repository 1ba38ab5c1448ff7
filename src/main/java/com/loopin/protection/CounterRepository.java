package com.loopin.protection;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fixed-window counters in the shared database. Taking a hit is one conditional update, checked by its row
 * count, so parallel requests on any number of instances can never together pass a limit.
 */
@Repository
class CounterRepository {

    private final JdbcClient jdbc;

    CounterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one hit if the window has room; false when the limit is reached. */
    boolean tryHit(String key, Instant windowStart, int max) {
        jdbc.sql(
                        "insert into rate_limit_counter (limit_key, window_start, hits) values (?, ?, 0) on conflict do nothing")
                .params(key, utc(windowStart))
                .update();
        return jdbc.sql(
                                "update rate_limit_counter set hits = hits + 1 where limit_key = ? and window_start = ? and hits < ?")
                        .params(key, utc(windowStart), max)
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
    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
