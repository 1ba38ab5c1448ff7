package com.loopin.going;

import java.time.Instant;

/** A guest was let in at the door, published in the check-in's transaction (the first scan only). */
public record TicketCheckedIn(
        String ticketId, String eventId, String eventTitle, long guestId, long hostId, int seats, Instant at) {}
