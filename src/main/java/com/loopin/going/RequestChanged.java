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

    /**
     * Seats are held for the guest's payment (a paid event), until {@code holdExpiresAt}: on asking (open admission,
     * an invitation), the host's yes, or a move up from the waitlist. {@code guestAsked}: the guest is in the app
     * already (their own request), so no one needs to be told.
     */
    record AwaitingPayment(
            String requestId,
            String eventId,
            String eventTitle,
            long guestId,
            long hostId,
            int seats,
            long seatPaise,
            java.time.Instant holdExpiresAt,
            java.time.Instant eventEndsAt,
            boolean guestAsked)
            implements RequestChanged {}

    /** The gateway reported the payment captured: the guest has their ticket, the host is told they joined. */
    record Paid(String requestId, String eventId, String eventTitle, long guestId, long hostId, int seats)
            implements RequestChanged {}

    /** The seats held for a payment were let go before it came (the hold expired, or the order could not be made). */
    record HoldEnded(String requestId, String eventId, String eventTitle, long guestId) implements RequestChanged {}

    /** The guest cancelled their request or their place. */
    record Cancelled(String requestId, String eventId, String eventTitle, long guestId, boolean hadPlace)
            implements RequestChanged {}

    /**
     * An account's end or a block ended the request, with its seats and ticket. {@code byHost}: the host blocked the
     * guest (for money, as a removal); else the guest's side ended it (as their cancellation).
     */
    record Ended(String requestId, String eventId, String eventTitle, long guestId, RequestStatus was, boolean byHost)
            implements RequestChanged {}

    /** The host's decisions, audited. */
    record Decided(Actor actor, String requestId, String eventId, String eventTitle, long guestId, RequestStatus to)
            implements RequestChanged, AuditedChange {
        @Override
        public Entry entry() {
            String verb = switch (to) {
                case ACCEPTED -> "Accepted";
                case AWAITING_PAYMENT -> "Accepted (awaiting payment)";
                case DECLINED -> "Declined";
                case WAITLISTED -> "Waitlisted";
                case REMOVED -> "Removed the guest of";
                default -> "Changed";
            };
            return new Entry("request." + to.value(), "event", eventId, verb + " request " + requestId);
        }
    }
}
