package com.loopin.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, shifted by what a test asks for; {@link #reset()} puts it back. */
public class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock so that it reads this instant now, and runs on from there. */
    public void setTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    /**
     * Moves the clock one second into a future UTC day no other test has used, so every fixed window (10
     * minutes, an hour, a day) starts empty there.
     */
    public Instant freshDay() {
        long day = Instant.now().getEpochSecond() / 86_400
                + 1_000
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        Instant start = Instant.ofEpochSecond(day * 86_400 + 1);
        setTo(start);
        return start;
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
