package com.loopin.going;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;

/**
 * What happened to a request, published in the transaction that did it, with what a message about it needs (the
 * notifications module delivers them). The host's decisions are also audited (an event's history in the console);
 * a guest's own steps are not.
 */
public sealed interface RequestChanged {

    String requestId();

    String eventId();

    String eventTitle();

    long guestId();

    /**
     * A request arrived. {@code outcome} is {@code pending} (approval: the host is told), {@code accepted} or
     * {@code waitlisted} (open admission, decided at once).
     */
    record Received(
            String requestId,
            String eventId,
            String eventTitle,
            long guestId,
            long hostId,
            int seats,
            RequestStatus outcome,
            Long waitlistPosition)
            implements RequestChanged {}

    /** Freed seats went to a waitlisted request (open admission). */
    record Promoted(String requestId, String eventId, String eventTitle, long guestId, int seats)
            implements RequestChanged {}

    /** Seats were freed on an approval event with people waiting: the host decides whom to take. */
    record SeatsFreed(String requestId, String eventId, String eventTitle, long guestId, long hostId, int seatsLeft)
            implements RequestChanged {}

    /** The guest cancelled their request or their place. */
    record Cancelled(String requestId, String eventId, String eventTitle, long guestId, boolean hadPlace)
            implements RequestChanged {}

    /** The host's decisions, audited. */
    record Decided(Actor actor, String requestId, String eventId, String eventTitle, long guestId, RequestStatus to)
            implements RequestChanged, AuditedChange {
        @Override
        public Entry entry() {
            String verb = switch (to) {
                case ACCEPTED -> "Accepted";
                case DECLINED -> "Declined";
                case WAITLISTED -> "Waitlisted";
                case REMOVED -> "Removed the guest of";
                default -> "Changed";
            };
            return new Entry("request." + to.value(), "event", eventId, verb + " request " + requestId);
        }
    }
}
