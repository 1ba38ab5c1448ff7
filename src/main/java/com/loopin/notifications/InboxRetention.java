package com.loopin.notifications;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes inbox items older than {@code NOTIFICATION_RETENTION_DAYS} (90 by default) with their pushes' rows, in
 * chunks so no statement holds many rows locked; any instance may run it, the result is the same.
 */
@Component
class InboxRetention {

    private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);
    private static final int CHUNK = 5_000;

    private final InboxRepository inbox;
    private final NotificationProperties properties;
    private final Clock clock;

    InboxRetention(InboxRepository inbox, NotificationProperties properties, Clock clock) {
        this.inbox = inbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "0 29 * * * *")
    void scheduled() {
        try {
            int deleted = deleteExpired();
            if (deleted > 0) {
                log.info("{} notifications older than {} deleted", deleted, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Deleting old notifications failed, trying again at the next run: {}", e.getMessage());
        }
    }

    int deleteExpired() {
        var before = clock.instant().minus(properties.retention());
        int total = 0;
        int deleted;
        do {
            deleted = inbox.deleteOlderThan(before, CHUNK);
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
