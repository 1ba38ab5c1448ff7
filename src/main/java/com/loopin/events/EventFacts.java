package com.loopin.events;

import com.loopin.shared.ErrorCode;
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

    /** Seats not taken (unlimited: {@link Integer#MAX_VALUE}). */
    public int seatsLeft() {
        return capacity == null ? Integer.MAX_VALUE : Math.max(0, capacity - seatsTaken);
    }

    public boolean openAdmission() {
        return "open".equals(admission);
    }

    /**
     * Refuses, each with its own code, an event people can no longer be added to: a draft, cancelled, ended, or
     * started.
     */
    public void requireUpcoming(Instant now) {
        switch (status) {
            case CANCELLED -> throw new EventRefusedException(ErrorCode.EVENT_CANCELLED, "The event is cancelled.");
            case COMPLETED -> throw new EventRefusedException(ErrorCode.EVENT_COMPLETED, "The event has ended.");
            case DRAFT -> throw new EventRefusedException(ErrorCode.EVENT_NOT_PUBLISHED, "The event is not published.");
            case PUBLISHED -> {}
        }
        if (!startsAt.isAfter(now)) {
            throw new EventRefusedException(ErrorCode.EVENT_STARTED, "The event has started.");
        }
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
