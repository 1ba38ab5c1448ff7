package com.loopin.protection;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one hit from each of several limits, all or none. It joins the caller's transaction (the code request's
 * one short transaction), so a request refused later in it counts nothing; on its own it runs in one of its own.
 */
@Component
class RateLimiter {

    private final CounterRepository counters;
    private final MeterRegistry meters;
    private final Clock clock;

    RateLimiter(CounterRepository counters, MeterRegistry meters, Clock clock) {
        this.counters = counters;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @throws RetryLaterException for the first limit (in the given order) that is full; the transaction then
     *     rolls back, so no counter is changed
     */
    @Transactional
    Hits hit(List<Limit> limits) {
        Instant now = clock.instant();
        Map<String, Integer> hits = counters.hitAll(limits, now);
        for (Limit limit : limits) {
            if (hits.getOrDefault(limit.key(), Integer.MAX_VALUE) > limit.max()) {
                meters.counter("loopin.limits.hit", "limit", limit.name()).increment();
                throw new RetryLaterException(
                        ErrorCode.RATE_LIMITED,
                        "Too many requests. Please try again in " + humanWait(limit, now) + ".",
                        limit.window().remaining(now),
                        limit.name());
            }
        }
        return new Hits(limits, now);
    }

    /** Gives the hits back, for a request that in the end did nothing (its SMS could not be sent). */
    @Transactional
    void refund(Hits hits) {
        for (Limit limit : hits.limits()) {
            counters.refund(limit.key(), limit.window().startOf(hits.at()));
        }
    }

    private static String humanWait(Limit limit, Instant now) {
        long seconds = RetryLaterException.wholeSeconds(limit.window().remaining(now));
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }

    record Hits(List<Limit> limits, Instant at) {}
}
