package com.loopin.sms.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;

/**
 * Writes deliveries in batches, one commit for all that arrived while the last one was written, instead of a commit
 * per code request (on this machine a commit's flush is what requests wait for: one more per sign-up took 40% of
 * its rate). A delivery is readable on its instance at once ({@link #pending}), everywhere once written (about one
 * commit later). A delivery whose SMS fallback waits on it is written at once, by the caller: that row is state, not
 * a record. When the database refuses a batch its rows are lost (logged): the codes went out all the same.
 */
class DeliveryWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWriter.class);
    private static final int BATCH = 500;

    private final DeliveryRepository deliveries;
    private final BlockingQueue<DeliveryRepository.NewDelivery> queue = new LinkedBlockingQueue<>(20_000);
    private final Map<String, DeliveryRepository.NewDelivery> unwritten = new ConcurrentHashMap<>();
    private final Thread writer;
    private volatile boolean stopping;

    DeliveryWriter(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
        this.writer = Thread.ofPlatform().name("delivery-writer").daemon().start(this::writeUntilStopped);
    }

    /** Queues the delivery; written by the caller itself when the queue is full. */
    void write(DeliveryRepository.NewDelivery delivery) {
        unwritten.put(delivery.id(), delivery);
        if (stopping || !queue.offer(delivery)) {
            insert(List.of(delivery));
        }
    }

    /** A delivery of this instance not written yet. */
    Optional<DeliveryRepository.NewDelivery> pending(String id) {
        return Optional.ofNullable(unwritten.get(id));
    }

    /**
     * Waits, at most {@code limit}, until every delivery queued so far is written: a provider's report on a message
     * sent a moment ago must find its row.
     */
    void awaitWritten(Duration limit) {
        var waitingFor = java.util.Set.copyOf(unwritten.keySet());
        long deadline = System.nanoTime() + limit.toNanos();
        while (waitingFor.stream().anyMatch(unwritten::containsKey) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean hasUnwritten() {
        return !unwritten.isEmpty();
    }

    private void writeUntilStopped() {
        while (!stopping || !queue.isEmpty()) {
            try {
                var first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<DeliveryRepository.NewDelivery> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                insert(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void insert(List<DeliveryRepository.NewDelivery> batch) {
        try {
            deliveries.insertAll(batch);
        } catch (DataAccessException e) {
            log.warn("{} deliveries could not be recorded: {}", batch.size(), e.toString());
        } finally {
            batch.forEach(delivery -> unwritten.remove(delivery.id()));
        }
    }

    /** Writes what is queued before the instance stops. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        writer.join(Duration.ofSeconds(10));
    }
}
