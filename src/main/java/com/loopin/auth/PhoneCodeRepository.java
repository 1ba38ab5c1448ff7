package com.loopin.auth;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlDialect;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code phone_code}. Each change is one conditional statement checked by its row count: no
 * read-check-write in Java, so two requests (on one instance or several) can never both use the same code or the
 * same attempt.
 */
@Repository
class PhoneCodeRepository {

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    PhoneCodeRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /**
     * Stores a new code for the number (fresh attempts, not consumed), unless its last one is still unused and
     * younger than the resend cooldown: false then. Checking and replacing in one statement means parallel
     * requests cannot both slip through the cooldown.
     */
    boolean store(
            String phone, CodePurpose purpose, String hash, Instant now, Instant expiresAt, Instant cooldownStart) {
        return jdbc.sql(dialect.pick("""
                                insert into phone_code (phone_number, purpose, code_hash, attempts, created_at, expires_at)
                                values (:phone, :purpose, :hash, 0, :now, :expiresAt)
                                on conflict (phone_number) do update
                                set purpose = excluded.purpose, code_hash = excluded.code_hash, attempts = 0,
                                    created_at = excluded.created_at, expires_at = excluded.expires_at, consumed_at = null
                                where phone_code.consumed_at is not null or phone_code.created_at <= :cooldownStart""", """
                                merge into phone_code c
                                using (values (cast(:phone as varchar(16)))) v(phone) on c.phone_number = v.phone
                                when matched and (c.consumed_at is not null or c.created_at <= :cooldownStart) then
                                    update set purpose = :purpose, code_hash = :hash, attempts = 0, created_at = :now,
                                               expires_at = :expiresAt, consumed_at = null
                                when not matched then
                                    insert (phone_number, purpose, code_hash, attempts, created_at, expires_at)
                                    values (v.phone, :purpose, :hash, 0, :now, :expiresAt)"""))
                        .param("phone", phone)
                        .param("purpose", purpose.name())
                        .param("hash", hash)
                        .param("now", utc(now))
                        .param("expiresAt", utc(expiresAt))
                        .param("cooldownStart", utc(cooldownStart))
                        .update()
                == 1;
    }

    /**
     * Takes one attempt of a live code and reads what comparing needs, in one statement; empty when there is no
     * attempt to take. The update locks the row until the transaction ends.
     */
    Optional<PhoneCode> takeAttempt(String phone, CodePurpose purpose, int maxAttempts, Instant now) {
        String update = """
                update phone_code set attempts = attempts + 1
                where phone_number = :phone and purpose = :purpose and consumed_at is null
                  and attempts < :max and expires_at > :now""";
        return jdbc.sql(dialect.pick(
                        update + " returning " + COLUMNS, "select " + COLUMNS + " from final table (" + update + ")"))
                .param("phone", phone)
                .param("purpose", purpose.name())
                .param("max", maxAttempts)
                .param("now", utc(now))
                .query(PhoneCodeRepository::code)
                .optional();
    }

    Optional<PhoneCode> find(String phone) {
        return jdbc.sql("select " + COLUMNS + " from phone_code where phone_number = ?")
                .param(phone)
                .query(PhoneCodeRepository::code)
                .optional();
    }

    /** A code whose SMS could not be sent: used up, so it neither verifies nor holds the cooldown. */
    void retire(String phone, String hash, Instant now) {
        jdbc.sql(
                        "update phone_code set consumed_at = ? where phone_number = ? and code_hash = ? and consumed_at is null")
                .params(utc(now), phone, hash)
                .update();
    }

    /** Uses the code up; false means another request used it first, or a new code replaced it. */
    boolean consume(long id, String hash, Instant now) {
        return jdbc.sql("""
                                update phone_code set consumed_at = :now
                                where id = :id and code_hash = :hash and consumed_at is null and expires_at > :now""")
                        .param("now", utc(now))
                        .param("id", id)
                        .param("hash", hash)
                        .update()
                == 1;
    }

    void delete(String phone) {
        jdbc.sql("delete from phone_code where phone_number = ?").param(phone).update();
    }

    private static final String COLUMNS = "id, purpose, code_hash, attempts, created_at, expires_at, consumed_at";

    private static PhoneCode code(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new PhoneCode(
                row.getLong("id"),
                CodePurpose.valueOf(row.getString("purpose")),
                row.getString("code_hash"),
                row.getInt("attempts"),
                instant(row, "created_at"),
                instant(row, "expires_at"),
                row.getObject("consumed_at") != null);
    }
}
