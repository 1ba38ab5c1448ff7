package com.loopin.notifications;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the outbox's rows into inbox items, on every instance: one transaction takes a batch (rows another instance
 * holds are skipped), writes each row's items in a savepoint of its own, and deletes the rows it wrote, so a batch
 * commits whole or not at all and a row is done exactly once. A row that fails is kept with its error and tried at
 * the next runs, up to {@value #MAX_ATTEMPTS} times (then it stays, for an operator, and is logged); the others go
 * on. An instance killed mid-batch leaves its rows to the next run of any instance.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final int BATCH = 200;
    static final int MAX_ATTEMPTS = 10;

    private final OutboxRepository outbox;
    private final NotificationOutbox events;
    private final NotificationTriggers triggers;
    private final TransactionTemplate batch;
    private final TransactionTemplate each;

    OutboxRelay(
            OutboxRepository outbox,
            NotificationOutbox events,
            NotificationTriggers triggers,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.events = events;
        this.triggers = triggers;
        this.batch = new TransactionTemplate(transactions);
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Scheduled(
            fixedDelayString = "${loopin.notifications.outbox-interval:500ms}",
            initialDelayString = "${loopin.notifications.outbox-interval:500ms}")
    void scheduled() {
        try {
            while (relay() == BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("Relaying notifications failed, trying again at the next run: {}", e.getMessage());
        }
    }

    /** @return how many rows this run took */
    int relay() {
        Integer taken = batch.execute(status -> {
            List<OutboxRepository.Row> rows = outbox.claim(BATCH, MAX_ATTEMPTS);
            List<Long> done = new ArrayList<>();
            for (OutboxRepository.Row row : rows) {
                try {
                    each.executeWithoutResult(savepoint -> triggers.handle(events.read(row)));
                    done.add(row.id());
                } catch (RuntimeException e) {
                    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    outbox.failed(row.id(), error);
                    if (row.attempts() + 1 >= MAX_ATTEMPTS) {
                        log.error(
                                "Notification {} failed {} times and is left in the outbox: {}",
                                row.id(),
                                MAX_ATTEMPTS,
                                error);
                    } else {
                        log.warn("Notification {} failed, trying again: {}", row.id(), error);
                    }
                }
            }
            outbox.delete(done);
            return rows.size();
        });
        return taken == null ? 0 : taken;
    }
}
