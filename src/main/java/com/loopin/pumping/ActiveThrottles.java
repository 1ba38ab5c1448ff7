package com.loopin.pumping;

import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import com.loopin.shared.PhoneNumber;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The throttles in force, kept in memory so that a code request checks them without a database round trip. A
 * throttle decided on any instance reaches every other within milliseconds by a notification, and within
 * {@code loopin.pumping.sync-interval} (5 s) by a catch-up query if the notification was lost.
 */
@Component
class ActiveThrottles implements SmartInitializingSingleton {

    static final String CHANNEL = "loopin_sms_throttle";
    private static final Logger log = LoggerFactory.getLogger(ActiveThrottles.class);

    private final ThrottleRepository repository;
    private final ChangeNotifications notifications;
    private final Clock clock;
    private volatile List<Throttle> active = List.of();

    ActiveThrottles(ThrottleRepository repository, ChangeNotifications notifications, Clock clock) {
        this.repository = repository;
        this.notifications = notifications;
        this.clock = clock;
        notifications.subscribe(CHANNEL, payload -> reload(), this::reload);
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    /** The throttle that covers the number now, the one ending last if several do. */
    Optional<Throttle> covering(PhoneNumber phone) {
        var now = clock.instant();
        Throttle found = null;
        for (Throttle throttle : active) {
            if (throttle.activeAt(now)
                    && throttle.segment().contains(phone)
                    && (found == null || throttle.endsAt().isAfter(found.endsAt()))) {
                found = throttle;
            }
        }
        return Optional.ofNullable(found);
    }

    List<Throttle> all() {
        var now = clock.instant();
        return active.stream().filter(throttle -> throttle.activeAt(now)).toList();
    }

    /** The current transaction changed throttles: every instance reloads once it commits. */
    void changed() {
        notifications.publish(CHANNEL, "changed");
        AfterCommit.run(this::reload);
    }

    @Scheduled(fixedDelayString = "${loopin.pumping.sync-interval:5s}", initialDelayString = "5s")
    void reload() {
        try {
            active = List.copyOf(repository.activeAt(clock.instant()));
        } catch (RuntimeException e) {
            log.warn("SMS segment throttles: reload failed, keeping the ones known: {}", e.getMessage());
        }
    }
}
