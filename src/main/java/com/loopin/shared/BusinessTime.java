package com.loopin.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The clock as the business reads it: dates and displayed times in the configured zone (Asia/Kolkata). */
@Component
public class BusinessTime {

    private final Clock clock;
    private final ZoneId zone;

    public BusinessTime(Clock clock, AppProperties properties) {
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** An instant as shown to people and apps: ISO-8601 with the business zone's offset; null stays null. */
    public OffsetDateTime display(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }
}
