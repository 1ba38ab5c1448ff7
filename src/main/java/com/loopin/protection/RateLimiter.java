package com.loopin.protection;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes one hit from each of several limits, all or none. Runs in a short transaction of its own, so the
 * counters' row locks are never held while an SMS is on its way.
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

    /** @throws RetryLaterException for the first limit that is full; then no counter was changed */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Hits hit(List<Limit> limits) {
        Instant now = clock.instant();
        for (Limit limit : limits) {
            if (!counters.tryHit(limit.key(), limit.window().startOf(now), limit.max())) {
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
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void refund(Hits hits) {
        for (Limit limit : hits.limits()) {
            counters.refund(limit.key(), limit.window().startOf(hits.at()));
        }
    }

    int hitsNow(Limit limit) {
        return counters.hits(limit.key(), limit.window().startOf(clock.instant()));
    }

    private static String humanWait(Limit limit, Instant now) {
        long seconds = Math.max(1, limit.window().remaining(now).toSeconds());
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }

    record Hits(List<Limit> limits, Instant at) {}
}
