package com.loopin.events;

import com.loopin.database.SqlDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks published events {@code completed} once they have ended, every {@code EVENT_COMPLETION_SECONDS}. With
 * several instances one of them does it at a time (a PostgreSQL advisory lock, as the pumping detector's); the
 * statement that changes each event names the status it expects, so even two at once would complete it once.
 */
@Component
class EventCompletion {

    private static final Logger log = LoggerFactory.getLogger(EventCompletion.class);
    private static final long LOCK = 0x4c6f6f70696e4501L;

    private final Hosting hosting;
    private final SqlDialect dialect;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    EventCompletion(Hosting hosting, SqlDialect dialect, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.hosting = hosting;
        this.dialect = dialect;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "${loopin.events.completion-interval}",
            initialDelayString = "${loopin.events.completion-interval}")
    void scheduled() {
        try {
            int completed = completeEnded();
            if (completed > 0) {
                log.info("{} events ended and were marked completed", completed);
            }
        } catch (RuntimeException e) {
            log.warn("Marking ended events completed failed, trying again at the next run: {}", e.getMessage());
        }
    }

    /** @return how many events were marked completed */
    int completeEnded() {
        Integer completed = transaction.execute(status -> isOurTurn() ? hosting.completeEnded() : 0);
        return completed == null ? 0 : completed;
    }

    private boolean isOurTurn() {
        return !dialect.isPostgres()
                || Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)")
                        .param(LOCK)
                        .query(Boolean.class)
                        .single());
    }
}
