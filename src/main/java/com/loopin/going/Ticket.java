package com.loopin.going;

import java.time.Instant;

/** A guest's ticket, as stored. */
record Ticket(
        String id,
        String eventId,
        String requestId,
        long userId,
        int seats,
        String status,
        Instant checkedInAt,
        Instant createdAt) {}
