package com.loopin.events;

import java.util.Collection;
import java.util.Map;

/**
 * A person's relation to events (their request, ticket, invitation), answered by the module that keeps them
 * (going), so that an event's answer carries {@code me} without this module depending on that one. An accepted
 * guest sees the exact venue.
 */
public interface EventRelations {

    /** The caller's relations to these events; events they have none with are left out. */
    Map<String, EventView.Me> of(long userId, Collection<String> eventIds);

    /**
     * The events the person is going to (a valid or used ticket) or has asked to join and waits for ({@code
     * requested}: pending, waitlisted or awaiting payment).
     */
    java.util.Set<String> eventIds(long userId, String role);
}
