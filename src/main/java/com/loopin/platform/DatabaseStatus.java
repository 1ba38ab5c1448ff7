package com.loopin.platform;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Whether the database answered a moment ago: checked every second on a thread of its own, so that {@code
 * /api/health} costs no connection per call. A check still waiting after a second counts as down, so the answer
 * is never more than about two seconds behind. Readiness (Actuator) keeps its own live check.
 */
@Component
class DatabaseStatus implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStatus.class);
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final long SLOW_CHECK_NANOS = Duration.ofSeconds(1).toNanos();
    private static final int CHECK_SECONDS = 2;

    private final DataSource dataSource;
    private volatile boolean up = true;
    private volatile long checkStartedAt;
    private volatile boolean checking;
    private volatile boolean running;
    private Thread checker;

    DatabaseStatus(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when the last check found the database answering and no check has been waiting for long since. */
    boolean isUp() {
        if (checker == null) {
            check();
        }
        return up && !(checking && System.nanoTime() - checkStartedAt > SLOW_CHECK_NANOS);
    }

    void check() {
        checkStartedAt = System.nanoTime();
        checking = true;
        boolean answered;
        try (Connection connection = dataSource.getConnection()) {
            answered = connection.isValid(CHECK_SECONDS);
        } catch (Exception e) {
            answered = false;
            if (up) {
                log.warn("Database unreachable: {}", e.getMessage());
            }
        } finally {
            checking = false;
        }
        if (answered && !up) {
            log.info("Database reachable again");
        }
        up = answered;
    }

    @Override
    public void start() {
        running = true;
        checker = Thread.ofVirtual().name("database-status").start(() -> {
            while (running) {
                check();
                try {
                    Thread.sleep(INTERVAL);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    @Override
    public void stop() {
        running = false;
        if (checker != null) {
            checker.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
