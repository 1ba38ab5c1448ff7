package com.loopin.staff;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code staff_user} and {@code staff_recovery_code}. Plain statements rather than an aggregate
 * that is loaded and saved whole: the lockout counters and the second factor's last step change under parallel
 * sign-ins, so each change is one conditional statement that cannot overwrite another's.
 */
@Repository
class StaffUserRepository {

    private static final String COLUMNS = "id, username, password_hash, role, is_active, locked_until, last_login_at,"
            + " credentials_changed_at, created_at";

    private final JdbcClient jdbc;

    StaffUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return empty when the name is taken, also by a concurrent insert (two instances starting at once) */
    Optional<StaffUser> insert(String username, String passwordHash, StaffRole role, Instant now) {
        try {
            jdbc.sql("""
                        insert into staff_user (username, password_hash, role, is_active, failed_logins, created_at,
                                                updated_at)
                        values (?, ?, ?, true, 0, ?, ?)""")
                    .params(username, passwordHash, role.name(), utc(now), utc(now))
                    .update();
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return findByUsername(username);
    }

    Optional<StaffUser> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where id = ?")
                .param(id)
                .query(StaffUserRepository::staff)
                .optional();
    }

    Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from staff_user where lower(username) = lower(?)")
                .param(username)
                .query(StaffUserRepository::staff)
                .optional();
    }

    List<StaffUser> all() {
        return jdbc.sql("select " + COLUMNS + " from staff_user order by id")
                .query(StaffUserRepository::staff)
                .list();
    }

    void setActive(long id, boolean active, Instant now) {
        jdbc.sql("update staff_user set is_active = ?, updated_at = ? where id = ?")
                .params(active, utc(now), id)
                .update();
    }

    /** A new password lifts a lockout; sessions and tokens older than {@code credentials_changed_at} end. */
    void setPassword(long id, String passwordHash, Instant now) {
        jdbc.sql("""
                        update staff_user set password_hash = ?, failed_logins = 0, locked_until = null,
                                              credentials_changed_at = ?, updated_at = ?
                        where id = ?""")
                .params(passwordHash, utc(now.truncatedTo(ChronoUnit.MICROS)), utc(now), id)
                .update();
    }

    /**
     * Counts a wrong password in one statement, so that parallel attempts cannot lose each other's counts: the
     * {@code max}-th failure locks the account until {@code lockUntil} and starts the count again.
     */
    void countFailedLogin(long id, int max, Instant lockUntil, Instant now) {
        countFailure("failed_logins", id, max, lockUntil, now);
    }

    /**
     * Counts a wrong second-factor code. A count of its own, which a right password does not reset: the {@code
     * max}-th wrong code locks the account (password sign-in included) until {@code lockUntil}.
     */
    void countFailedSecondFactor(long id, int max, Instant lockUntil, Instant now) {
        countFailure("second_factor_failures", id, max, lockUntil, now);
    }

    /** @param counter one of the two failure columns, named here and nowhere else */
    private void countFailure(String counter, long id, int max, Instant lockUntil, Instant now) {
        jdbc.sql("update staff_user"
                        + " set locked_until = case when " + counter
                        + " + 1 >= :max then :lockUntil else locked_until end,"
                        + " " + counter + " = case when " + counter + " + 1 >= :max then 0 else " + counter
                        + " + 1 end,"
                        + " updated_at = :now where id = :id")
                .param("max", max)
                .param("lockUntil", utc(lockUntil))
                .param("now", utc(now))
                .param("id", id)
                .update();
    }

    /** A right second-factor code: its failure count starts again. */
    void secondFactorPassed(long id) {
        jdbc.sql("update staff_user set second_factor_failures = 0 where id = ? and second_factor_failures > 0")
                .param(id)
                .update();
    }

    /** Records a right password, unless the account was locked or deactivated meanwhile: false then. */
    boolean recordSignIn(long id, Instant now) {
        return jdbc.sql("""
                                update staff_user set failed_logins = 0, last_login_at = :now, updated_at = :now
                                where id = :id and is_active = true and (locked_until is null or locked_until <= :now)""").param("now", utc(now)).param("id", id).update() == 1;
    }

    boolean secondFactorEnabled(long id) {
        return jdbc.sql("select totp_enabled_at is not null from staff_user where id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Every sealed second-factor secret (enrolled or being enrolled), by account id. */
    Map<Long, String> sealedSecrets() {
        Map<Long, String> secrets = new LinkedHashMap<>();
        jdbc.sql("select id, totp_secret from staff_user where totp_secret is not null order by id")
                .query((rs, row) -> secrets.put(rs.getLong(1), rs.getString(2)))
                .list();
        return secrets;
    }

    /** The same secret sealed anew, unless the account's secret changed meanwhile: false then. */
    boolean replaceSealedSecret(long id, String before, String after) {
        return jdbc.sql("update staff_user set totp_secret = ? where id = ? and totp_secret = ?")
                        .params(after, id, before)
                        .update()
                == 1;
    }

    /** A new secret being enrolled, not in force until confirmed. */
    void beginEnrolment(long id, String sealedSecret) {
        jdbc.sql("update staff_user set totp_secret = ?, totp_last_step = null where id = ?")
                .params(sealedSecret, id)
                .update();
    }

    /** The sealed secret of an enrolment in progress ({@code enabled} false) or in force (true). */
    Optional<String> sealedSecret(long id, boolean enabled) {
        return jdbc.sql("select totp_secret from staff_user where id = ? and totp_enabled_at is "
                        + (enabled ? "not null" : "null"))
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The second factor is in force; the recovery codes (their hashes) replace any earlier ones. */
    void enableSecondFactor(long id, long step, List<String> recoveryCodeHashes, Instant now) {
        jdbc.sql("update staff_user set totp_enabled_at = ?, totp_last_step = ? where id = ?")
                .params(utc(now), step, id)
                .update();
        jdbc.sql("delete from staff_recovery_code where staff_id = ?").param(id).update();
        for (String hash : recoveryCodeHashes) {
            jdbc.sql("insert into staff_recovery_code (staff_id, code_hash) values (?, ?)")
                    .params(id, hash)
                    .update();
        }
    }

    /** The second factor is gone, and with it every session and token signed in under the old one. */
    void resetSecondFactor(long id, Instant now) {
        jdbc.sql("""
                        update staff_user set totp_secret = null, totp_enabled_at = null, totp_last_step = null,
                                              second_factor_failures = 0, credentials_changed_at = ?, updated_at = ?
                        where id = ?""")
                .params(utc(now.truncatedTo(ChronoUnit.MICROS)), utc(now), id)
                .update();
        jdbc.sql("delete from staff_recovery_code where staff_id = ?").param(id).update();
    }

    /** Takes the time step of a right code, unless it (or a later one) was used already: each code is good once. */
    boolean takeStep(long id, long step) {
        return jdbc.sql("""
                                update staff_user set totp_last_step = ?
                                where id = ? and (totp_last_step is null or totp_last_step < ?)""").params(step, id, step).update() == 1;
    }

    boolean useRecoveryCode(long id, String codeHash, Instant now) {
        return jdbc.sql("""
                                update staff_recovery_code set used_at = ?
                                where staff_id = ? and code_hash = ? and used_at is null""").params(utc(now), id, codeHash).update() == 1;
    }

    private static StaffUser staff(ResultSet row, int rowNumber) throws SQLException {
        return new StaffUser(
                row.getLong("id"),
                row.getString("username"),
                row.getString("password_hash"),
                StaffRole.valueOf(row.getString("role")),
                row.getBoolean("is_active"),
                instant(row, "locked_until"),
                instant(row, "last_login_at"),
                instant(row, "credentials_changed_at"),
                instant(row, "created_at"));
    }
}
