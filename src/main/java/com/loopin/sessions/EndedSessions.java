package com.loopin.sessions;

import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The sessions that ended while an access token issued for them could still be alive, kept in memory so that an
 * authenticated request needs no database round trip. Every instance learns of an ending within milliseconds by
 * a notification, and within a second by a catch-up query every {@code loopin.refresh.sync-interval} (500 ms) if
 * the notification was lost. The catch-up runs on a thread of its own, so that no other scheduled work (the
 * pumping detector, a purge) can hold it up. A session ended longer ago than an access token lives needs no
 * remembering: no token for it is left.
 */
@Component
class EndedSessions implements SmartInitializingSingleton, DisposableBean {

    static final String CHANNEL = "loopin_session_ended";
    private static final Logger log = LoggerFactory.getLogger(EndedSessions.class);
    private static final Duration SKEW = Duration.ofMinutes(2);

    private final Map<UUID, Instant> ended = new ConcurrentHashMap<>();
    private final SessionRepository sessions;
    private final ChangeNotifications notifications;
    private final Duration remember;
    private final Clock clock;
    private final Duration syncInterval;
    private volatile boolean catchUpFailing;
    private final ScheduledExecutorService catchUps = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ended-sessions-catch-up").daemon().factory());

    EndedSessions(
            SessionRepository sessions,
            ChangeNotifications notifications,
            AccessTokenLifetime tokens,
            Clock clock,
            @Value("${loopin.refresh.sync-interval:500ms}") Duration syncInterval) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.remember = tokens.longest().plus(SKEW);
        this.clock = clock;
        this.syncInterval = syncInterval;
        notifications.subscribe(CHANNEL, this::onNotification, this::catchUp);
    }

    /** Once the schema is migrated, before the first request. */
    @Override
    public void afterSingletonsInstantiated() {
        catchUp();
        long millis = syncInterval.toMillis();
        catchUps.scheduleWithFixedDelay(this::catchUp, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        catchUps.shutdownNow();
    }

    boolean isEnded(UUID sessionId) {
        return ended.containsKey(sessionId);
    }

    /**
     * The sessions are ending in the current transaction: the other instances are notified when it commits, and
     * this one stops accepting their tokens then.
     */
    void ending(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        for (UUID id : sessionIds) {
            notifications.publish(CHANNEL, id.toString());
        }
        Instant now = clock.instant();
        AfterCommit.run(() -> sessionIds.forEach(id -> ended.put(id, now)));
    }

    /** Picks up what notifications may have missed, and forgets what no token can need any more. */
    void catchUp() {
        Instant now = clock.instant();
        Instant since = now.minus(remember);
        try {
            sessions.endedSince(since).forEach(id -> ended.putIfAbsent(id, now));
            if (catchUpFailing) {
                log.info("Ended sessions: catch-up query answers again");
                catchUpFailing = false;
            }
        } catch (RuntimeException e) {
            if (!catchUpFailing) {
                log.warn("Ended sessions: catch-up query failed: {}", e.getMessage());
                catchUpFailing = true;
            }
        }
        ended.values().removeIf(at -> at.isBefore(since));
    }

    /** Ended-session rows outlive every token of theirs after this; any instance may purge them. */
    @Scheduled(cron = "0 23 * * * *")
    void purge() {
        sessions.forgetEndedBefore(clock.instant().minus(remember));
    }

    private void onNotification(String payload) {
        try {
            ended.put(UUID.fromString(payload), clock.instant());
        } catch (IllegalArgumentException e) {
            log.warn("Ended sessions: ignored a notification that is not a session id");
        }
    }
}
