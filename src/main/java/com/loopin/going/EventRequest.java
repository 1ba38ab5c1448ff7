package com.loopin.going;

import java.time.Instant;

/** A request to join an event, as stored. */
record EventRequest(
        String id,
        String eventId,
        long userId,
        RequestStatus status,
        int seats,
        String message,
        Long waitlistPosition,
        Instant decidedAt,
        Instant createdAt) {}
