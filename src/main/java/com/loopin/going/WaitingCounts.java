package com.loopin.going;

import com.loopin.events.WaitingRequests;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An event's counts of pending and waitlisted requests, as {@link WaitingRepository} keeps them. */
@Component
class WaitingCounts implements WaitingRequests {

    private final WaitingRepository waiting;

    WaitingCounts(WaitingRepository waiting) {
        this.waiting = waiting;
    }

    @Override
    public Map<String, Waiting> on(Collection<String> eventIds) {
        return waiting.on(eventIds);
    }
}
