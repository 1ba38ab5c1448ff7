package com.loopin.protection;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wrong codes per number across codes, keyed by the number's keyed hash. Reset only by a success. */
@Repository
class FailureRepository {

    private final JdbcClient jdbc;

    FailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lockedUntil(String phoneHash) {
        return jdbc.sql("select locked_until from verification_failure where phone_hash = ?")
                .params(phoneHash)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .map(t -> t == null ? null : t.toInstant());
    }

    /** Counts one more failure and returns the count. */
    int countFailure(String phoneHash, Instant now) {
        jdbc.sql("""
                insert into verification_failure (phone_hash, consecutive_failures, updated_at) values (?, 0, ?)
                on conflict do nothing""").params(phoneHash, utc(now)).update();
        jdbc.sql("""
                update verification_failure set consecutive_failures = consecutive_failures + 1, updated_at = ?
                where phone_hash = ?""").params(utc(now), phoneHash).update();
        return jdbc.sql("select consecutive_failures from verification_failure where phone_hash = ?")
                .params(phoneHash)
                .query(Integer.class)
                .single();
    }

    void lock(String phoneHash, Instant until) {
        jdbc.sql("update verification_failure set locked_until = ? where phone_hash = ?")
                .params(utc(until), phoneHash)
                .update();
    }

    void clear(String phoneHash) {
        jdbc.sql("delete from verification_failure where phone_hash = ?")
                .params(phoneHash)
                .update();
    }
}
