package com.loopin.staff;

import com.loopin.protection.AbuseProtection;
import com.loopin.shared.RetryLaterException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first step of every staff sign-in, console or staff API. Five wrong passwords from one address lock that
 * address out of the account for up to 15 minutes, so knowing a username is not enough to lock its member out;
 * {@value StaffUser#MAX_FAILED_LOGINS_ACROSS_ADDRESSES} in a row from anywhere lock the account itself for 15
 * minutes (guesses spread over many addresses). Every failure, whatever its cause (unknown name, wrong password, locked, deactivated, too many tries
 * from the address), gives the same empty answer, and an unknown name costs the same bcrypt work as a known one,
 * so neither words nor timing tell which names exist.
 */
@Service
public class StaffPasswordCheck {

    private static final Logger log = LoggerFactory.getLogger(StaffPasswordCheck.class);

    /** The one answer to every failed sign-in. */
    public static final String FAILED = "Sign-in failed. Check the username and password, or try again later.";

    private final StaffUserRepository staff;
    private final AbuseProtection protection;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /**
     * What an unknown name's password is compared with, so that it costs the same bcrypt work as a known one: the
     * hash of a random password nobody knows, made once with the staff encoder's settings ($2b$, cost 12). A
     * constant rather than made at start, which took a quarter of a second of every start-up.
     */
    static final String DUMMY_HASH = "$2b$12$1Q3A9i8IEnrs2wfwuqnXD.bSZKSLUiaODwDNqlQkgXRbkN2o9UoT2";

    StaffPasswordCheck(
            StaffUserRepository staff,
            AbuseProtection protection,
            PasswordEncoder staffPasswordEncoder,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.staff = staff;
        this.protection = protection;
        this.passwords = staffPasswordEncoder;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * @param clientAddress where the attempt comes from, for the per-address limit; null when there is no request
     * @return the account when the name and password are right and it may sign in now
     */
    public Optional<StaffView> check(String username, String password, String clientAddress) {
        if (clientAddress != null) {
            try {
                protection.beforeStaffSignIn(clientAddress);
            } catch (RetryLaterException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(
                compare(username == null ? "" : username.strip(), password == null ? "" : password, clientAddress));
    }

    /**
     * The password is compared outside any transaction (bcrypt takes a quarter of a second); the outcome is then
     * recorded by one conditional statement, so parallel attempts on one account all count, and a right password
     * that arrives after the lock is refused.
     */
    private StaffView compare(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        var account = staff.findByUsername(username);
        if (account.isEmpty()
                || password.length() > 200
                || protection.staffSignInLockedOut(account.get().id(), clientAddress)) {
            passwords.matches(password.length() > 200 ? "" : password, DUMMY_HASH);
            return null;
        }
        StaffUser user = account.get();
        boolean right = passwords.matches(password, user.passwordHash());
        boolean recorded = Boolean.TRUE.equals(transaction.execute(status -> {
            if (right) {
                protection.clearStaffFailures(user.id(), clientAddress);
                return staff.recordSignIn(user.id(), now);
            }
            protection.countStaffFailure(user.id(), clientAddress);
            staff.countFailedLogin(
                    user.id(), StaffUser.MAX_FAILED_LOGINS_ACROSS_ADDRESSES, now.plus(StaffUser.LOCKOUT), now);
            return false;
        }));
        if (!right || !recorded) {
            log.info("Staff sign-in refused for {}", user.username());
            return null;
        }
        return user.view();
    }
}
