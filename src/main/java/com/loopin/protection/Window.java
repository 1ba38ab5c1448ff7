package com.loopin.protection;

import java.time.Duration;
import java.time.Instant;

/** A fixed counting window: the one an instant falls in starts at a whole multiple of its length since the epoch. */
record Window(Duration length) {

    Instant startOf(Instant now) {
        long size = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    Duration remaining(Instant now) {
        return Duration.between(now, startOf(now).plus(length));
    }
}
