package com.loopin.shared;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the database answered a moment ago: checked once a second in the background, so that {@code
 * /api/health} costs no connection per call. Readiness (Actuator) keeps its own live check.
 */
@Component
class DatabaseStatus {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);
    private static final int CHECK_SECONDS = 2;
    private static final Duration STALE_AFTER = Duration.ofSeconds(5);

    private final DataSource dataSource;
    private final Clock clock;
    private volatile boolean up;
    private volatile Instant checkedAt = Instant.EPOCH;

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
        this.clock = Clock.systemUTC();
    }

    /** True when the last check, at most a few seconds old, found the database answering. */
    boolean isUp() {
        if (checkedAt.plus(STALE_AFTER).isBefore(clock.instant())) {
            check();
        }
        return up;
    }

    @Scheduled(fixedDelay = 1000)
    void check() {
        boolean answered;
        try (Connection connection = dataSource.getConnection()) {
            answered = connection.isValid(CHECK_SECONDS);
        } catch (Exception e) {
            answered = false;
            if (up) {
                log.warn("Database unreachable: {}", e.getMessage());
            }
        }
        if (answered && !up && checkedAt != Instant.EPOCH) {
            log.info("Database reachable again");
        }
        up = answered;
        checkedAt = clock.instant();
    }
}
