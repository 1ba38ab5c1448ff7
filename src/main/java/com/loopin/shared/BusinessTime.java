package com.loopin.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    /** How many of the instants fall on each day in the zone, days in order. */
    public static SortedMap<LocalDate, Long> countPerDay(Collection<Instant> instants, ZoneId zone) {
        return instants.stream()
                .collect(Collectors.groupingBy(i -> LocalDate.ofInstant(i, zone), TreeMap::new, Collectors.counting()));
    }

    /** An instant as shown to people and apps: ISO-8601 with the business zone's offset; null stays null. */
    public OffsetDateTime display(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }
}
