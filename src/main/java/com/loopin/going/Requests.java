package com.loopin.going;

import com.loopin.events.EventFacts;
import com.loopin.events.EventRefusedException;
import com.loopin.events.EventSeats;
import com.loopin.events.EventView.RequestRelation;
import com.loopin.protection.AbuseProtection;
import com.loopin.safety.PersonBlocked;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.ProfileStanding;
import com.loopin.users.UserDeactivated;
import com.loopin.users.UserDeleted;
import com.loopin.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asking to join an event and the host's yes or no. Every change is one transaction: the request's status moves by a
 * statement that names the statuses it expects, and seats are taken or given back on the event's row by {@link
 * EventSeats}, so a seat is never sold twice and of two parallel decisions one wins.
 */
@Service
public class Requests {

    static final int MAX_BATCH = 100;
    private static final Set<RequestStatus> UNDECIDED = EnumSet.of(RequestStatus.PENDING, RequestStatus.WAITLISTED);

    /** What the host does with a request. */
    public enum Decision {
        ACCEPT,
        DECLINE,
        WAITLIST,
        REMOVE
    }

    private final RequestRepository requests;
    private final WaitingRepository waiting;
    private final InvitationRepository invitations;
    private final TicketRepository tickets;
    private final EventSeats seats;
    private final UserDirectory users;
    private final AbuseProtection protection;
    private final GoingProperties properties;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Requests(
            RequestRepository requests,
            WaitingRepository waiting,
            InvitationRepository invitations,
            TicketRepository tickets,
            EventSeats seats,
            UserDirectory users,
            AbuseProtection protection,
            GoingProperties properties,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.requests = requests;
        this.waiting = waiting;
        this.invitations = invitations;
        this.tickets = tickets;
        this.seats = seats;
        this.users = users;
        this.protection = protection;
        this.properties = properties;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Asks to join: open admission accepts at once while seats remain, else waitlists; approval waits for the host. A
     * live invitation link's token makes the request an invitation's: admitted as on an open event.
     *
     * <p>Seats that look free are taken by the transaction's last statement, so that the event's row (which every
     * asker taking seats of the event locks) is held only for the commit. When they went to someone faster meanwhile,
     * the whole ask rolls back and is made once more, the seats taken first this time: the event is read anew, and
     * what cannot be seated waits on the waitlist.
     */
    public RequestRelation ask(Caller caller, String eventId, Integer seatsAsked, String message, String inviteToken) {
        try {
            return transaction.execute(status -> ask(caller, eventId, seatsAsked, message, inviteToken, true));
        } catch (SeatsTakenMeanwhile lost) {
            return transaction.execute(status -> ask(caller, eventId, seatsAsked, message, inviteToken, false));
        }
    }

    private RequestRelation ask(
            Caller caller, String eventId, Integer seatsAsked, String message, String inviteToken, boolean seatsLast) {
        caller.requireUser();
        String token = inviteToken == null || inviteToken.isBlank() ? null : inviteToken.strip();
        // the link is read once: it opens a private event, and it admits the person as invited
        boolean linkOpens = token != null && invitations.linkOpens(eventId, token, clock.instant());
        EventFacts event = seats.visibleTo(eventId, caller, linkOpens);
        if (token != null && !linkOpens) {
            throw new EventRefusedException(
                    ErrorCode.INVITATION_LINK_EXPIRED,
                    "The invitation link expired or was revoked: ask without it, or ask the host for a new one.");
        }
        return join(caller, event, seatsAsked, message, token != null, seatsLast);
    }

    /** The seats an ask saw free went to someone faster before its last statement: the ask rolls back. */
    private static final class SeatsTakenMeanwhile extends RuntimeException {
        SeatsTakenMeanwhile() {
            super(null, null, false, false);
        }
    }

    /**
     * The rules and outcome of a request. An invited person is admitted as on an open event (at once while seats
     * remain, else waitlisted), even after the host declined them before.
     */
    RequestRelation join(
            Caller caller, EventFacts event, Integer seatsAsked, String message, boolean invited, boolean seatsLast) {
        long userId = caller.requireUser();
        String eventId = event.id();
        if (event.hostedBy(userId)) {
            throw new EventRefusedException(ErrorCode.OWN_EVENT, "You host this event.");
        }
        Instant now = clock.instant();
        event.requireUpcoming(now);
        ProfileStanding person = users.standing(userId).orElse(null);
        if (person == null || !person.profileComplete()) {
            throw new EventRefusedException(
                    ErrorCode.PROFILE_INCOMPLETE, "Complete your profile before asking to join.");
        }
        requireAudience(event, person);
        int seatCount = seatsAsked == null ? 1 : seatsAsked;
        String text = message == null || message.isBlank() ? null : message.strip();
        List<FieldError> errors = new ArrayList<>();
        if (seatCount < 1 || seatCount > event.maxSeatsPerRequest()) {
            errors.add(new FieldError("seats", "Ask for 1 to " + event.maxSeatsPerRequest() + " seats."));
        }
        if (text != null && text.length() > 300) {
            errors.add(new FieldError("message", "At most 300 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        RequestRepository.History history = requests.history(eventId, userId);
        if (history.latest().filter(request -> request.status().live()).isPresent()) {
            throw alreadyRequested();
        }
        if (!invited && history.refusedBefore()) {
            throw new EventRefusedException(
                    ErrorCode.REQUEST_REFUSED_BEFORE, "The host declined or removed you from this event before.");
        }
        protection.countPersonAction(
                "event_requests", userId, properties.requestsPerHour(), properties.requestsPerDay());
        // Seats that look free are taken after the request and its ticket are written: the event's row stays locked
        // only from that update to the commit, not across the inserts (everyone asking one event waits on it).
        // A place on the waitlist takes no lock on the event: its order comes from a sequence, and it is counted in
        // one of the event's eight rows of counts (WaitingRepository), the asker's.
        RequestStatus outcome;
        Long order = null;
        if (!event.openAdmission() && !invited) {
            outcome = RequestStatus.PENDING;
        } else if (event.seatsLeft() >= seatCount) {
            outcome = admitted(event);
        } else {
            outcome = RequestStatus.WAITLISTED;
            order = requests.nextWaitlistOrder();
        }
        String id = newId();
        EventRequest request = new EventRequest(
                id,
                eventId,
                userId,
                outcome,
                seatCount,
                text,
                order,
                null,
                outcome == RequestStatus.PENDING ? null : now,
                now);
        // a paid event's seats are held from the start: the hold is written with the request
        Instant holdUntil = outcome == RequestStatus.AWAITING_PAYMENT ? now.plus(properties.paymentHold()) : null;
        if (!requests.insert(request, holdUntil, now)) {
            // a parallel request of the same person won: this transaction (and its seats) rolls back
            throw alreadyRequested();
        }
        boolean seated = outcome == RequestStatus.ACCEPTED || outcome == RequestStatus.AWAITING_PAYMENT;
        if (seated && !seatsLast && !seats.take(event, seatCount, now)) {
            // the seats went to someone faster since the event was read: a place on the waitlist instead
            RequestStatus was = outcome;
            outcome = RequestStatus.WAITLISTED;
            order = requests.nextWaitlistOrder();
            if (!requests.move(id, Set.of(was), outcome, order, now)) {
                throw changed();
            }
            request = withStatus(request, outcome, order);
            seated = false;
        }
        if (outcome == RequestStatus.ACCEPTED) {
            issueTicket(request, now);
        } else if (outcome == RequestStatus.AWAITING_PAYMENT) {
            // the order is written only for seats held (a request that lost them has none to pay)
            awaitPayment(event, request, holdUntil, true);
        } else {
            waiting.joined(eventId, userId, outcome);
        }
        request = placed(request);
        publisher.publishEvent(new RequestChanged.Received(
                id, eventId, event.title(), userId, event.hostId(), seatCount, outcome, request.waitlistPlace()));
        if (seated && seatsLast && !seats.take(event, seatCount, now)) {
            throw new SeatsTakenMeanwhile();
        }
        return relation(request);
    }

    /**
     * An invitation accepted. A person with no live request is admitted as on an open event ({@link #join}); one
     * already asking has their request admitted, since the invitation is the host's yes: accepted while its seats
     * remain, else on the waitlist. A person already going stays as they are.
     */
    RequestRelation admitInvited(Caller caller, EventFacts event, Integer seatsAsked) {
        long userId = caller.requireUser();
        EventRequest live = requests.latest(event.id(), userId)
                .filter(found -> found.status().live())
                .orElse(null);
        if (live == null) {
            return join(caller, event, seatsAsked, null, true, false);
        }
        Instant now = clock.instant();
        event.requireUpcoming(now);
        EventRequest admitted = switch (live.status()) {
            case PENDING, WAITLISTED -> {
                if (seats.take(event, live.seats(), now)) {
                    yield apply(caller, event, live, Decision.ACCEPT, now);
                }
                yield live.status() == RequestStatus.PENDING
                        ? apply(caller, event, live, Decision.WAITLIST, now)
                        : live;
            }
            default -> live;
        };
        return relation(admitted);
    }

    /** The guest cancels their live request, or their place, until the event starts; freed seats go to the waitlist. */
    @Transactional
    public RequestRelation cancelMine(Caller caller, String eventId) {
        long userId = caller.requireUser();
        EventFacts event = seats.visibleTo(eventId, caller);
        EventRequest request = requests.latest(eventId, userId)
                .filter(found -> found.status().live())
                .orElseThrow(() -> new EventRefusedException(
                        ErrorCode.REQUEST_NOT_FOUND, "You have no live request for this event."));
        Instant now = clock.instant();
        if (!event.startsAt().isAfter(now)) {
            throw new EventRefusedException(ErrorCode.EVENT_STARTED, "The event has started.");
        }
        if (!requests.move(request.id(), Set.of(request.status()), RequestStatus.CANCELLED, null, now)) {
            throw changed();
        }
        release(event, request, now);
        publisher.publishEvent(new RequestChanged.Cancelled(
                request.id(), eventId, event.title(), userId, request.status() == RequestStatus.ACCEPTED));
        return relation(withStatus(request, RequestStatus.CANCELLED, null));
    }

    /**
     * The host accepts, declines or waitlists requests (up to 100 at once), or removes an accepted guest. An
     * acceptance that does not fit is refused whole ({@code EVENT_FULL}), nothing changed.
     */
    @Transactional
    public List<RequestRelation> decide(Caller caller, String eventId, List<String> requestIds, Decision decision) {
        long hostId = caller.requireUser();
        EventFacts event = seats.visibleTo(eventId, caller);
        if (!event.hostedBy(hostId)) {
            throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host can do this.");
        }
        Instant now = clock.instant();
        event.requireUpcoming(now);
        List<String> ids = checkedIds(requestIds, decision);
        List<EventRequest> chosen = new ArrayList<>();
        for (String id : ids) {
            EventRequest request = requests.find(id)
                    .filter(found -> found.eventId().equals(eventId))
                    .orElseThrow(
                            () -> new EventRefusedException(ErrorCode.REQUEST_NOT_FOUND, "No such request: " + id));
            Set<RequestStatus> allowed = switch (decision) {
                case ACCEPT, DECLINE -> UNDECIDED;
                case WAITLIST -> EnumSet.of(RequestStatus.PENDING);
                case REMOVE -> EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.AWAITING_PAYMENT);
            };
            if (!allowed.contains(request.status())) {
                throw new EventRefusedException(
                        ErrorCode.REQUEST_NOT_OPEN,
                        "Request " + id + " is " + request.status().value() + ": it cannot be "
                                + decision.name().toLowerCase(java.util.Locale.ROOT) + "ed now.",
                        Map.of("request_id", id));
            }
            chosen.add(request);
        }
        if (decision == Decision.ACCEPT) {
            int total = chosen.stream().mapToInt(EventRequest::seats).sum();
            if (!seats.take(event, total, now)) {
                int left = event.seatsLeft();
                throw new EventRefusedException(
                        ErrorCode.EVENT_FULL,
                        "These requests ask for " + total + " seats; " + Math.max(0, left) + " are left.",
                        Map.of("seats_left", Math.max(0, left)));
            }
        }
        List<RequestRelation> decided = new ArrayList<>();
        for (EventRequest request : chosen) {
            decided.add(relation(apply(caller, event, request, decision, now)));
        }
        if (decision == Decision.REMOVE) {
            promote(event, now);
        }
        return decided;
    }

    private EventRequest apply(Caller caller, EventFacts event, EventRequest request, Decision decision, Instant now) {
        RequestStatus to = switch (decision) {
            case ACCEPT -> admitted(event);
            case DECLINE -> RequestStatus.DECLINED;
            case WAITLIST -> RequestStatus.WAITLISTED;
            case REMOVE -> RequestStatus.REMOVED;
        };
        Long order = to == RequestStatus.WAITLISTED ? requests.nextWaitlistOrder() : null;
        if (!requests.move(request.id(), Set.of(request.status()), to, order, now)) {
            throw changed();
        }
        waiting.left(event.id(), request.userId(), request.status());
        if (to == RequestStatus.WAITLISTED) {
            waiting.joined(event.id(), request.userId(), to);
        }
        switch (request.status()) {
            case ACCEPTED, AWAITING_PAYMENT -> {
                seats.giveBack(event, request.seats());
                tickets.cancelFor(request.id(), now);
            }
            default -> {}
        }
        EventRequest after = placed(withStatus(request, to, order));
        if (to == RequestStatus.ACCEPTED) {
            issueTicket(after, now);
        } else if (to == RequestStatus.AWAITING_PAYMENT) {
            holdForPayment(event, after, now, false);
        }
        publisher.publishEvent(new RequestChanged.Decided(
                caller.actor(), request.id(), event.id(), event.title(), request.userId(), to));
        return after;
    }

    /** Undoes what a live request held: its seats and ticket, or its count as pending or waitlisted. */
    private void release(EventFacts event, EventRequest request, Instant now) {
        waiting.left(event.id(), request.userId(), request.status());
        if (request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.AWAITING_PAYMENT) {
            seats.giveBack(event, request.seats());
            tickets.cancelFor(request.id(), now);
            promote(event, now);
        }
    }

    /**
     * Freed seats go to the waitlist in its order, skipping a request whose seats do not fit: accepted at once
     * on an open event; on an approval event the host is told and decides.
     */
    private static final int MAX_PROMOTED = 500;

    private void promote(EventFacts event, Instant now) {
        if (!event.startsAt().isAfter(now)) {
            return;
        }
        // the free seats now: an upper bound that skips what cannot fit without asking; each take still decides
        int left = seats.find(event.id()).map(EventFacts::seatsLeft).orElse(0);
        if (left <= 0) {
            return;
        }
        // only the first requests that fit: each takes a seat or more, so no more than the free seats can move up
        List<EventRequest> firstWaiting = requests.waitlist(
                event.id(), event.openAdmission() ? left : Integer.MAX_VALUE, Math.min(left, MAX_PROMOTED));
        if (firstWaiting.isEmpty()) {
            return;
        }
        if (!event.openAdmission()) {
            EventRequest first = firstWaiting.getFirst();
            publisher.publishEvent(new RequestChanged.SeatsFreed(
                    first.id(), event.id(), event.title(), first.userId(), event.hostId(), left));
            return;
        }
        for (EventRequest request : firstWaiting) {
            if (left <= 0) {
                break;
            }
            if (request.seats() > left || !seats.take(event, request.seats(), now)) {
                continue;
            }
            RequestStatus to = admitted(event);
            if (!requests.move(request.id(), Set.of(RequestStatus.WAITLISTED), to, null, now)) {
                // the guest cancelled meanwhile: the seats go back
                seats.giveBack(event, request.seats());
                continue;
            }
            left -= request.seats();
            waiting.left(event.id(), request.userId(), RequestStatus.WAITLISTED);
            EventRequest promoted = withStatus(request, to, null);
            if (to == RequestStatus.AWAITING_PAYMENT) {
                holdForPayment(event, promoted, now, false);
                continue;
            }
            issueTicket(promoted, now);
            publisher.publishEvent(new RequestChanged.Promoted(
                    request.id(), event.id(), event.title(), request.userId(), request.seats()));
        }
    }

    /** An account's deletion, in its transaction: its live requests end and their seats go back. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeleted deleted) {
        end(requests.liveOf(deleted.userId()), false);
    }

    /** A deactivated account's live requests end as a deleted one's do (reactivating does not bring them back). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeactivated deactivated) {
        end(requests.liveOf(deactivated.userId()), false);
    }

    /** A block ends the live requests between the two, either way, silently: seats go back, the waitlist moves. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonBlocked blocked) {
        end(liveRequestsOfTo(blocked.blockedId(), blocked.blockerId()), true);
        end(liveRequestsOfTo(blocked.blockerId(), blocked.blockedId()), false);
    }

    private List<EventRequest> liveRequestsOfTo(long guestId, long hostId) {
        Set<String> hosted = Set.copyOf(seats.idsHostedBy(hostId));
        return requests.liveOf(guestId).stream()
                .filter(request -> hosted.contains(request.eventId()))
                .toList();
    }

    private void end(List<EventRequest> live, boolean byHost) {
        Instant now = clock.instant();
        for (EventRequest request : live) {
            if (requests.move(request.id(), Set.of(request.status()), RequestStatus.CANCELLED, null, now)) {
                seats.find(request.eventId()).ifPresent(event -> {
                    release(event, request, now);
                    publisher.publishEvent(new RequestChanged.Ended(
                            request.id(), event.id(), event.title(), request.userId(), request.status(), byHost));
                });
            }
        }
    }

    /**
     * The gateway reported the payment of a request awaiting it captured: in the caller's transaction, the request is
     * accepted and its ticket issued.
     *
     * @return false when the request no longer awaits payment (its hold ended, it was cancelled, the event was
     *     cancelled or has started): the payment is then to be refunded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean paymentCaptured(String requestId) {
        EventRequest request = requests.find(requestId)
                .filter(found -> found.status() == RequestStatus.AWAITING_PAYMENT)
                .orElse(null);
        EventFacts event =
                request == null ? null : seats.find(request.eventId()).orElse(null);
        Instant now = clock.instant();
        if (event == null
                || event.status() != com.loopin.events.EventStatus.PUBLISHED
                || !event.startsAt().isAfter(now)) {
            return false;
        }
        if (!requests.move(requestId, Set.of(RequestStatus.AWAITING_PAYMENT), RequestStatus.ACCEPTED, null, now)) {
            return false;
        }
        issueTicket(withStatus(request, RequestStatus.ACCEPTED, null), now);
        publisher.publishEvent(new RequestChanged.Paid(
                requestId, event.id(), event.title(), request.userId(), event.hostId(), request.seats()));
        return true;
    }

    /**
     * Lets go of the seats held for a payment that did not come (the hold expired, or the gateway could not make
     * the order): the request is expired (the guest may ask again) and the waitlist moves.
     *
     * @return false when the request no longer awaited payment
     */
    @Transactional
    public boolean endHold(String requestId) {
        EventRequest request = requests.find(requestId)
                .filter(found -> found.status() == RequestStatus.AWAITING_PAYMENT)
                .orElse(null);
        Instant now = clock.instant();
        if (request == null
                || !requests.move(
                        requestId, Set.of(RequestStatus.AWAITING_PAYMENT), RequestStatus.EXPIRED, null, now)) {
            return false;
        }
        seats.find(request.eventId()).ifPresent(event -> {
            release(event, request, now);
            publisher.publishEvent(
                    new RequestChanged.HoldEnded(requestId, event.id(), event.title(), request.userId()));
        });
        return true;
    }

    /** Requests awaiting payment whose hold ended before now. */
    List<String> holdsEnded(int limit) {
        return requests.holdsEndedBefore(clock.instant(), limit).stream()
                .map(EventRequest::id)
                .toList();
    }

    /** Accepted on a free event; awaiting payment, seats held, on a paid one. */
    private static RequestStatus admitted(EventFacts event) {
        return event.pricePaise() > 0 ? RequestStatus.AWAITING_PAYMENT : RequestStatus.ACCEPTED;
    }

    private void holdForPayment(EventFacts event, EventRequest request, Instant now, boolean guestAsked) {
        Instant until = now.plus(properties.paymentHold());
        requests.hold(request.id(), until);
        awaitPayment(event, request, until, guestAsked);
    }

    /** The hold is written: the payment's order is made (by the payments module, in this transaction). */
    private void awaitPayment(EventFacts event, EventRequest request, Instant until, boolean guestAsked) {
        publisher.publishEvent(new RequestChanged.AwaitingPayment(
                request.id(),
                event.id(),
                event.title(),
                request.userId(),
                event.hostId(),
                request.seats(),
                event.pricePaise(),
                until,
                event.endsAt(),
                guestAsked));
    }

    /** A cancelled event's tickets are cancelled with it, in its transaction (the door answers 410 for them). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(com.loopin.events.EventChanged.Cancelled cancelled) {
        tickets.cancelAllOf(cancelled.eventId(), clock.instant());
    }

    private void issueTicket(EventRequest request, Instant now) {
        tickets.insert(
                new Ticket(
                        newId(),
                        request.eventId(),
                        request.id(),
                        request.userId(),
                        request.seats(),
                        "valid",
                        null,
                        now),
                now);
    }

    private static void requireAudience(EventFacts event, ProfileStanding person) {
        boolean fits = switch (event.audience()) {
            case "women" -> "female".equals(person.gender());
            case "men" -> "male".equals(person.gender());
            default -> true;
        };
        if (!fits) {
            throw new EventRefusedException(
                    ErrorCode.NOT_IN_AUDIENCE, "This event is for " + event.audience() + " only.");
        }
    }

    private static List<String> checkedIds(List<String> requestIds, Decision decision) {
        int max = decision == Decision.REMOVE ? 1 : MAX_BATCH;
        boolean unreadable = requestIds == null || requestIds.stream().anyMatch(java.util.Objects::isNull);
        List<String> ids = unreadable ? List.of() : List.copyOf(new LinkedHashSet<>(requestIds));
        if (ids.isEmpty() || ids.size() > max) {
            throw new ValidationFailedException(
                    List.of(new FieldError("request_ids", "Give 1 to " + max + " request ids.")));
        }
        return ids;
    }

    static RequestRelation relation(EventRequest request) {
        return new RequestRelation(
                request.id(), request.status().value(), request.seats(), request.waitlistPlace(), null);
    }

    /**
     * A request just put at the end of the waitlist, with its place: how many wait there now, itself included (those
     * committed before it and itself; an asker committing at the same instant may be counted too).
     */
    private EventRequest placed(EventRequest request) {
        if (request.status() != RequestStatus.WAITLISTED) {
            return request;
        }
        return request.withWaitlistPlace(waiting.waitlisted(request.eventId()));
    }

    private static EventRequest withStatus(EventRequest request, RequestStatus status, Long order) {
        return new EventRequest(
                request.id(),
                request.eventId(),
                request.userId(),
                status,
                request.seats(),
                request.message(),
                order,
                null,
                request.decidedAt(),
                request.createdAt());
    }

    private static EventRefusedException alreadyRequested() {
        return new EventRefusedException(ErrorCode.ALREADY_REQUESTED, "You have asked to join this event already.");
    }

    private static EventRefusedException changed() {
        return new EventRefusedException(ErrorCode.EVENT_CHANGED, "The request changed meanwhile; read it again.");
    }

    /** A request's or ticket's public id: 12 random base62 characters. */
    static String newId() {
        return com.loopin.database.PublicIds.random(12);
    }
}
