package com.loopin.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits again what the event publication registry holds unfinished: the work of listeners after a commit that a
 * crash, a restart or a failure interrupted (a completed one's row is deleted). Only publications older than {@code
 * EVENT_RETRY_AFTER} are taken, so listeners still running are left alone; with several instances one of them does
 * it at a time (a PostgreSQL advisory lock). Listeners are written to be run twice without harm.
 */
@Component
public class PublicationRecovery {

    private static final Logger log = LoggerFactory.getLogger(PublicationRecovery.class);
    private static final long LOCK = 0x4c6f6f70696e4502L;

    private final IncompleteEventPublications incomplete;
    private final SqlDialect dialect;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Duration olderThan;

    PublicationRecovery(
            IncompleteEventPublications incomplete,
            SqlDialect dialect,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${loopin.events-registry.retry-after:60s}") Duration olderThan) {
        this.incomplete = incomplete;
        this.dialect = dialect;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${loopin.events-registry.retry-interval:60s}",
            initialDelayString = "${loopin.events-registry.retry-interval:60s}")
    void scheduled() {
        try {
            resubmit();
        } catch (RuntimeException e) {
            log.warn(
                    "Submitting unfinished event publications again failed, trying at the next run: {}",
                    e.getMessage());
        }
    }

    /** Submits again what is unfinished and older than the configured age (if no other instance is doing it). */
    public void resubmit() {
        transaction.executeWithoutResult(status -> {
            if (isOurTurn()) {
                incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
            }
        });
    }

    private boolean isOurTurn() {
        return !dialect.isPostgres()
                || Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)")
                        .param(LOCK)
                        .query(Boolean.class)
                        .single());
    }
}
