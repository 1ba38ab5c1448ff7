package com.loopin.protection;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service-wide SMS budgets (per hour, per day) without a row that every request must lock: each instance
 * leases a block of sends from the shared counter and hands them out from memory. The counter never grants more
 * than the budget, so the service never sends more than the budget; what an instance leased and did not use
 * before the window ended is refused to others, at most {@code block × (instances - 1)} sends early (a send that did
 * not happen goes back to its instance's lease, not to the counter). Budgets of up to 100 sends lease one send at a
 * time.
 *
 * <p>When a lease fails (the database unreachable), the requests that waited for it fail at once with it instead
 * of each waiting for a connection in turn.
 */
class SmsBudget {

    private static final Logger log = LoggerFactory.getLogger(SmsBudget.class);
    private static final double WARNING_SHARE = 0.8;
    private static final int MAX_BLOCK = 50;

    private final Limit limit;
    private final int block;
    private final CounterRepository counters;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private Instant window = Instant.EPOCH;
    private int leased;
    private long leaseFailedAt;
    private RuntimeException leaseFailure;

    SmsBudget(
            Limit limit,
            CounterRepository counters,
            TransactionTemplate transaction,
            MeterRegistry meters,
            Clock clock) {
        this.limit = limit;
        this.block = blockFor(limit.max());
        this.counters = counters;
        this.transaction = transaction;
        this.meters = meters;
        this.clock = clock;
    }

    static int blockFor(int max) {
        return Math.max(1, Math.min(MAX_BLOCK, max / 100));
    }

    static List<SmsBudget> of(
            ProtectionProperties properties,
            CounterRepository counters,
            TransactionTemplate transaction,
            MeterRegistry meters,
            Clock clock) {
        return List.of(
                new SmsBudget(
                        Limit.of("sms_budget_hour", "sms-budget-hour", properties.smsPerHour(), Duration.ofHours(1)),
                        counters,
                        transaction,
                        meters,
                        clock),
                new SmsBudget(
                        Limit.of("sms_budget_day", "sms-budget-day", properties.smsPerDay(), Duration.ofDays(1)),
                        counters,
                        transaction,
                        meters,
                        clock));
    }

    /**
     * Takes one send. Called outside any transaction: a lease is its own short transaction, taken about once per
     * block of sends.
     *
     * @return the window the send was taken from, to give it back with {@link #giveBack}
     * @throws RetryLaterException when the budget of this window is spent
     */
    Instant take() {
        Instant now = clock.instant();
        Instant current = limit.window().startOf(now);
        long arrived = System.nanoTime();
        lock.lock();
        try {
            if (!current.equals(window)) {
                window = current;
                leased = 0;
            }
            if (leased == 0) {
                if (leaseFailure != null && leaseFailedAt - arrived > 0) {
                    throw new TransientDataAccessResourceException(
                            "The SMS budget " + limit.name() + " could not be leased a moment ago", leaseFailure);
                }
                leased = lease(current);
            }
            if (leased == 0) {
                meters.counter("loopin.limits.hit", "limit", limit.name()).increment();
                throw new RetryLaterException(
                        ErrorCode.RATE_LIMITED,
                        "Too many requests. Please try again later.",
                        limit.window().remaining(now),
                        limit.name());
            }
            leased--;
            return current;
        } finally {
            lock.unlock();
        }
    }

    /** A send that did not happen goes back to this instance's lease, if its window is still the current one. */
    void giveBack(Instant takenIn) {
        lock.lock();
        try {
            if (takenIn.equals(window)) {
                leased++;
            }
        } finally {
            lock.unlock();
        }
    }

    private int lease(Instant windowStart) {
        try {
            return leaseFromCounter(windowStart);
        } catch (RuntimeException e) {
            leaseFailure = e;
            leaseFailedAt = System.nanoTime();
            throw e;
        }
    }

    private int leaseFromCounter(Instant windowStart) {
        Integer granted = transaction.execute(status -> {
            int size = block;
            while (size > 0 && !counters.tryTake(limit.key(), windowStart, size, limit.max())) {
                size = size == 1 ? 0 : Math.max(1, size / 4);
            }
            if (size > 0) {
                warnWhenCrossing(counters.hits(limit.key(), windowStart), size);
            }
            return size;
        });
        return granted == null ? 0 : granted;
    }

    private void warnWhenCrossing(int hitsNow, int taken) {
        int threshold = (int) Math.ceil(limit.max() * WARNING_SHARE);
        if (hitsNow >= threshold && hitsNow - taken < threshold) {
            log.warn("SMS budget {} is at {} of {} for this window", limit.name(), hitsNow, limit.max());
            meters.counter("loopin.sms.budget.warnings", "budget", limit.name()).increment();
        }
    }
}
