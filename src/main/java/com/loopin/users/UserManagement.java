package com.loopin.users;

import com.loopin.shared.Actor;
import com.loopin.shared.PhoneNumber;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: look one up, register a verified number, deactivate, activate and delete; each change is published as an event. */
@Service
@Transactional(readOnly = true)
public class UserManagement {

    private final UserRepository users;
    private final ProfileRepository profiles;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final PersonCards cards;

    UserManagement(
            UserRepository users,
            ProfileRepository profiles,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            Clock clock,
            PersonCards cards) {
        this.users = users;
        this.cards = cards;
        this.profiles = profiles;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    public Optional<UserAccount> findByPhone(PhoneNumber phone) {
        return users.accountByPhone(phone);
    }

    public Optional<UserAccount> findById(long id) {
        return users.accountById(id);
    }

    /**
     * The user for a number that has just proved itself with a code: created on first success, with an empty
     * profile, or the existing one.
     */
    @Transactional
    public UserAccount registerVerified(PhoneNumber phone) {
        return findByPhone(phone).orElseGet(() -> {
            var now = clock.instant();
            User created = users.insert(User.verified(phone.e164(), now));
            profiles.insert(Profile.empty(created.getId(), now));
            meters.counter("loopin.signups.completed").increment();
            return new UserAccount(created.getId(), phone, null, true, false);
        });
    }

    /** Deactivates the user; {@link UserDeactivated} ends their sessions in the same transaction. */
    @Transactional
    public void deactivate(Actor actor, long id) {
        User user = users.find(id).orElseThrow(UserNotFoundException::new);
        user.setActive(false, clock.instant());
        users.update(user);
        events.publishEvent(new UserDeactivated(id, actor, user.getPhoneNumber()));
    }

    @Transactional
    public void activate(Actor actor, long id) {
        User user = users.find(id).orElseThrow(UserNotFoundException::new);
        user.setActive(true, clock.instant());
        users.update(user);
        events.publishEvent(new UserActivated(id, actor, user.getPhoneNumber()));
    }

    /**
     * Deletes the user, their profile, pictures and interests (and, through the database, their sessions).
     *
     * @return the number the account had, for the modules that keep data about it
     */
    @Transactional
    public PhoneNumber delete(long id) {
        User user = users.find(id).orElseThrow(UserNotFoundException::new);
        PhoneNumber phone = new PhoneNumber(user.getPhoneNumber());
        users.delete(id);
        cards.forget(id);
        events.publishEvent(new UserDeleted(id, phone));
        return phone;
    }
}
