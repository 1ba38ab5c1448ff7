package com.loopin.going;

import com.loopin.events.WaitingRequests;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An event's counts of pending and waitlisted requests, counted from the requests when the event is shown. */
@Component
class WaitingCounts implements WaitingRequests {

    private final RequestRepository requests;

    WaitingCounts(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, Waiting> on(Collection<String> eventIds) {
        return eventIds.isEmpty() ? Map.of() : requests.waitingOn(eventIds);
    }
}
