package com.loopin.going;

import java.time.Instant;

/**
 * An invitation to an event, as stored. {@code pending} until the invitee accepts (then {@code requestId} is the
 * accepted or waitlisted request it made) or declines; {@code cancelled} when the event or the host's account goes.
 */
record Invitation(
        String id, String eventId, long userId, long invitedBy, String status, String requestId, Instant createdAt) {

    static final String PENDING = "pending";
    static final String ACCEPTED = "accepted";
    static final String DECLINED = "declined";
    static final String CANCELLED = "cancelled";
}
