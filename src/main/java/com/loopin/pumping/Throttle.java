package com.loopin.pumping;

import java.time.Duration;
import java.time.Instant;

/** A segment's code requests paused, by the detector or by staff, until {@code endsAt} or until lifted. */
public record Throttle(
        long id,
        Segment segment,
        boolean automatic,
        String reason,
        Instant startedAt,
        Instant endsAt,
        String decidedBy,
        Instant liftedAt,
        String liftedBy) {

    public boolean activeAt(Instant now) {
        return liftedAt == null && endsAt.isAfter(now);
    }

    public Duration remainingAt(Instant now) {
        return activeAt(now) ? Duration.between(now, endsAt) : Duration.ZERO;
    }
}
