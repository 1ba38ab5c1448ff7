package com.loopin.staff;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.staff.StaffAccountChanged.What;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading staff accounts. */
@Service
public class StaffAccounts {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads only the first 72 bytes of a password; longer ones are refused rather than cut silently. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final StaffUserRepository staff;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StaffAccounts(
            StaffUserRepository staff,
            PasswordEncoder staffPasswordEncoder,
            Clock clock,
            ApplicationEventPublisher events) {
        this.staff = staff;
        this.passwords = staffPasswordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** @throws ChangeRefusedException with a message for people when the name or password will not do */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    public StaffView create(Actor actor, String username, String password, StaffRole role) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new ChangeRefusedException("Username: 3-50 letters, digits, dots, dashes or underscores.");
        }
        requireGoodPassword(password);
        String taken = "There is already a staff account named " + name + ".";
        if (staff.findByUsername(name).isPresent()) {
            throw new ChangeRefusedException(taken);
        }
        StaffView created = staff.insert(name, passwords.encode(password), role, clock.instant())
                .orElseThrow(() -> new ChangeRefusedException(taken))
                .view();
        events.publishEvent(new StaffAccountChanged(actor, created.id(), name, What.created(role)));
        return created;
    }

    /** Deactivates or reactivates an account; a deactivated one is signed out of the console and the API at once. */
    @Transactional
    public StaffView setActive(Actor actor, long id, boolean active) {
        StaffUser user = account(id);
        staff.setActive(id, active, clock.instant());
        events.publishEvent(
                new StaffAccountChanged(actor, id, user.username(), active ? What.ACTIVATED : What.DEACTIVATED));
        return account(id).view();
    }

    /** A new password chosen by a superuser; it also lifts a lockout. */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    public StaffView resetPassword(Actor actor, long id, String password) {
        requireGoodPassword(password);
        StaffUser user = account(id);
        staff.setPassword(id, passwords.encode(password), clock.instant());
        events.publishEvent(new StaffAccountChanged(actor, id, user.username(), What.PASSWORD_RESET));
        return account(id).view();
    }

    /**
     * A staff member changes their own password: the current one is required. Their other sessions and tokens
     * end; the caller should carry the returned view into the session that made the change.
     *
     * @throws ChangeRefusedException with a message for people when the current password is wrong or the new
     *     one is not good enough
     */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    public StaffView changeOwnPassword(long id, String currentPassword, String newPassword) {
        StaffUser user = account(id);
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
            // counted like a wrong password at sign-in: a stolen session must not become a password oracle
            Instant now = clock.instant();
            staff.countFailedLogin(id, StaffUser.MAX_FAILED_LOGINS, now.plus(StaffUser.LOCKOUT), now);
            throw new ChangeRefusedException("The current password is not right.");
        }
        requireGoodPassword(newPassword);
        staff.setPassword(id, passwords.encode(newPassword), clock.instant());
        events.publishEvent(
                new StaffAccountChanged(Actor.staff(user.username()), id, user.username(), What.PASSWORD_CHANGED));
        return account(id).view();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return staff.findByUsername(username.strip()).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<StaffView> findActive(long id) {
        return staff.find(id).filter(StaffUser::active).map(StaffUser::view);
    }

    @Transactional(readOnly = true)
    public Optional<StaffView> find(long id) {
        return staff.find(id).map(StaffUser::view);
    }

    @Transactional(readOnly = true)
    public List<StaffView> all() {
        return staff.all().stream().map(StaffUser::view).toList();
    }

    private StaffUser account(long id) {
        return staff.find(id).orElseThrow(() -> new ChangeRefusedException("No such staff account."));
    }

    static void requireGoodPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new ChangeRefusedException("Password: at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new ChangeRefusedException("Password: at most " + MAX_PASSWORD_BYTES + " bytes (bcrypt's limit).");
        }
    }
}
