package com.loopin.events;

import java.time.LocalDate;

/**
 * What staff narrow the console's event list to; every part is optional.
 *
 * @param text words of the title, or an event id
 * @param from events starting on or after this day (business zone)
 * @param to events starting on or before this day
 */
public record EventFilter(String text, String status, String city, LocalDate from, LocalDate to, Long hostId) {}
