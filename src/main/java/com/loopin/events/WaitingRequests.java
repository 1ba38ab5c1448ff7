package com.loopin.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many requests wait on events, answered by the module that keeps the requests (going) when events are shown.
 * The counts are not kept on the event's row: asking to join would then write that row, and every asker of a popular
 * event would wait for the one before them to commit.
 */
public interface WaitingRequests {

    /** The counts for these events; events nobody waits on are left out. */
    Map<String, Waiting> on(Collection<String> eventIds);

    /** Requests waiting for the host ({@code pending}) and on the waitlist ({@code waitlisted}). */
    record Waiting(int pending, int waitlisted) {
        public static final Waiting NONE = new Waiting(0, 0);
    }

    /** The counts every module answers, for these events (none for an event nobody waits on). */
    static Map<String, Waiting> counted(List<WaitingRequests> modules, Collection<String> eventIds) {
        Map<String, Waiting> counts = new HashMap<>();
        modules.forEach(module -> counts.putAll(module.on(eventIds)));
        return counts;
    }
}
