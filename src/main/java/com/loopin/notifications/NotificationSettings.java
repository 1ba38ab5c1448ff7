package com.loopin.notifications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/**
 * A person's notification settings: language of the texts, zone of their clock, quiet hours (null: none) and the
 * categories they want pushed (the inbox keeps everything).
 */
record NotificationSettings(
        String language, ZoneId timeZone, LocalTime quietFrom, LocalTime quietTo, Set<Category> categories) {

    static final Set<String> LANGUAGES = Set.of("en", "hi");

    Locale locale() {
        return "hi".equals(language) ? Locale.forLanguageTag("hi-IN") : Locale.forLanguageTag("en-IN");
    }

    boolean pushes(Category category) {
        return categories.contains(category);
    }

    /**
     * When a non-urgent push may go: now, or the end of quiet hours when now is inside them. Quiet hours may span
     * midnight (22:00-08:00) or not (13:00-15:00); equal ends mean none.
     */
    Instant pushableFrom(Instant now) {
        if (quietFrom == null || quietTo == null || quietFrom.equals(quietTo)) {
            return now;
        }
        ZonedDateTime local = now.atZone(timeZone);
        LocalTime time = local.toLocalTime();
        boolean spansMidnight = quietFrom.isAfter(quietTo);
        boolean quiet = spansMidnight
                ? !time.isBefore(quietFrom) || time.isBefore(quietTo)
                : !time.isBefore(quietFrom) && time.isBefore(quietTo);
        if (!quiet) {
            return now;
        }
        LocalDateTime end = local.toLocalDate().atTime(quietTo);
        if (!time.isBefore(quietTo)) {
            end = end.plusDays(1);
        }
        return end.atZone(timeZone).toInstant();
    }

    /** An instant as this person reads it: "Sat 12 Dec, 7:30 pm". */
    String display(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE d MMM, h:mm a", locale()).format(instant.atZone(timeZone));
    }
}
