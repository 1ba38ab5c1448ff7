package com.loopin.events;

import java.time.Instant;

/** What the going module needs to know of an event to decide a request or a check-in. */
public record EventFacts(
        String id,
        String title,
        long hostId,
        EventStatus status,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        String admission,
        String audience,
        int maxSeatsPerRequest,
        long pricePaise,
        int seatsTaken) {

    public boolean openAdmission() {
        return "open".equals(admission);
    }

    public boolean hostedBy(long userId) {
        return hostId == userId;
    }

    static EventFacts of(Event event) {
        EventSpec spec = event.spec();
        return new EventFacts(
                event.id(),
                spec.title(),
                event.hostId(),
                event.status(),
                spec.startsAt(),
                spec.endsAt(),
                spec.capacity(),
                spec.admission(),
                spec.audience(),
                spec.maxSeatsPerRequest(),
                spec.pricePaise(),
                event.seatsTaken());
    }
}
