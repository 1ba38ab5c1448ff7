package com.loopin.events;

import java.util.Set;

/**
 * Who besides the host and staff may read an event, answered by the modules that keep invitations (going) and
 * blocks (safety), so that this module depends on neither. Each answers what it knows and leaves the rest to the
 * defaults.
 */
public interface EventAccess {

    /** Whether the person was invited to the private event, or holds a request or ticket for it. */
    default boolean invited(String eventId, long userId) {
        return false;
    }

    /** Whether the token is a live invitation link of the event ({@code ?invite=}). */
    default boolean linkOpens(String eventId, String token) {
        return false;
    }

    /** Whether a block, either way, keeps these two people apart: neither sees the other's events. */
    default boolean apart(long userId, long otherId) {
        return false;
    }

    /** Everyone kept apart from this person by a block, either way: their events are left out of lists. */
    default Set<Long> apartFrom(long userId) {
        return Set.of();
    }
}
