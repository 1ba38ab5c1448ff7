package com.loopin.going;

import java.time.Instant;

/**
 * A request to join an event, as stored. {@code waitlistOrder} orders the event's waitlist (it is no place: orders
 * are drawn for every event from one sequence); {@code waitlistPlace} is the place a waitlisted guest sees, 1 first,
 * as read (null when not waitlisted, or not yet read).
 */
record EventRequest(
        String id,
        String eventId,
        long userId,
        RequestStatus status,
        int seats,
        String message,
        Long waitlistOrder,
        Long waitlistPlace,
        Instant decidedAt,
        Instant createdAt) {

    EventRequest withWaitlistPlace(Long place) {
        return new EventRequest(
                id, eventId, userId, status, seats, message, waitlistOrder, place, decidedAt, createdAt);
    }
}
