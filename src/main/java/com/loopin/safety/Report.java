package com.loopin.safety;

import java.time.Instant;

/**
 * A report of an event or a person, as staff work through it.
 *
 * @param eventId the event reported, or null
 * @param userId the person reported (for an event: null, its host is {@code hostId} of the queue's row)
 * @param outcome once handled: {@code resolved}, {@code dismissed}, {@code person_deactivated} or {@code
 *     event_cancelled}
 */
public record Report(
        long id,
        long reporterId,
        String eventId,
        Long userId,
        String reason,
        String text,
        String status,
        String outcome,
        String handledBy,
        Instant handledAt,
        Instant createdAt) {

    public boolean open() {
        return "open".equals(status);
    }
}
