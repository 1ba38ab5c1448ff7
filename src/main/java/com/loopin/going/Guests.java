package com.loopin.going;

import com.loopin.events.EventFacts;
import com.loopin.events.EventRefusedException;
import com.loopin.events.EventSeats;
import com.loopin.events.EventView;
import com.loopin.going.GoingViews.GuestCard;
import com.loopin.going.GoingViews.GuestRequest;
import com.loopin.going.GoingViews.TicketView;
import com.loopin.interests.EventInterests;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.PageSize;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserSummary;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reading who is going: the host's request list with guest cards, a guest's tickets, a person's relation. */
@Service
@Transactional(readOnly = true)
public class Guests {

    private final RequestRepository requests;
    private final InvitationRepository invitations;
    private final TicketRepository tickets;
    private final TicketCodes codes;
    private final EventSeats events;
    private final UserDirectory users;
    private final EventInterests interests;
    private final BusinessTime time;

    Guests(
            RequestRepository requests,
            InvitationRepository invitations,
            TicketRepository tickets,
            TicketCodes codes,
            EventSeats events,
            UserDirectory users,
            EventInterests interests,
            BusinessTime time) {
        this.requests = requests;
        this.invitations = invitations;
        this.tickets = tickets;
        this.codes = codes;
        this.events = events;
        this.users = users;
        this.interests = interests;
        this.time = time;
    }

    /** The events each of these people went to or asked for (any request), for a campaign's audience by city. */
    public Map<Long, java.util.Set<String>> eventsAskedBy(java.util.Collection<Long> userIds) {
        return requests.eventsAskedBy(userIds);
    }

    /** Who holds a place at the event (accepted), for reminders. */
    public List<Long> going(String eventId) {
        return requests.peopleOf(eventId, java.util.EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.AWAITING_PAYMENT));
    }

    /** Who holds a place or waits for one (accepted, pending, waitlisted), for news of the event itself. */
    public List<Long> goingOrWaiting(String eventId) {
        return requests.peopleOf(
                eventId,
                java.util.EnumSet.of(
                        RequestStatus.ACCEPTED,
                        RequestStatus.AWAITING_PAYMENT,
                        RequestStatus.PENDING,
                        RequestStatus.WAITLISTED));
    }

    /** A page of requests and the cursor of the next one (null on the last). */
    public record Page(List<GuestRequest> requests, String nextCursor) {}

    /** The event's requests, oldest first, with a guest card each; never a phone number or a birth date. */
    public Page requestsOf(Caller caller, String eventId, String status, Integer limit, String cursor) {
        EventFacts event = events.visibleTo(eventId, caller);
        if (caller.userId() == null || !event.hostedBy(caller.userId())) {
            throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host sees the requests.");
        }
        RequestStatus wanted;
        try {
            wanted = status == null || status.isBlank() ? null : RequestStatus.of(status);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailedException(List.of(new FieldError("status", "Not a request status.")));
        }
        int size = PageSize.of(limit, 50);
        com.loopin.shared.TimeCursor after = com.loopin.shared.TimeCursor.decode(cursor);
        Instant afterCreated = after == null ? null : after.at();
        String afterId = after == null ? null : after.id();
        java.util.Set<Long> hidden = events.keptApartFrom(event.hostId());
        List<EventRequest> found = requests.ofEvent(eventId, wanted, afterCreated, afterId, size, hidden);
        boolean more = found.size() > size;
        List<EventRequest> shown = more ? found.subList(0, size) : found;
        String next = more
                ? new com.loopin.shared.TimeCursor(
                                shown.getLast().createdAt(), shown.getLast().id())
                        .encode()
                : null;
        return new Page(cards(shown), next);
    }

    private List<GuestRequest> cards(List<EventRequest> shown) {
        var people = users.findAll(shown.stream().map(EventRequest::userId).collect(Collectors.toSet()));
        var attended = tickets.attendedBy(people.keySet());
        Map<Long, String> names = interests.names();
        return shown.stream()
                .map(request -> new GuestRequest(
                        request.id(),
                        request.status().value(),
                        request.seats(),
                        request.message(),
                        request.waitlistPlace(),
                        time.display(request.createdAt()),
                        card(request.userId(), people.get(request.userId()), attended, names)))
                .toList();
    }

    private GuestCard card(long userId, UserSummary person, Map<Long, Long> attended, Map<Long, String> names) {
        if (person == null) {
            return new GuestCard(userId, null, null, null, null, null, List.of(), List.of(), 0);
        }
        Integer age = person.birthDate() == null
                ? null
                : Period.between(person.birthDate(), time.today()).getYears();
        return new GuestCard(
                userId,
                person.name(),
                age,
                person.gender(),
                person.bio(),
                person.location(),
                person.interestIds().stream()
                        .map(id -> names.getOrDefault(id, ""))
                        .sorted()
                        .toList(),
                person.pictures(),
                attended.getOrDefault(userId, 0L));
    }

    /** The caller's tickets, newest first, each with its code. */
    public List<TicketView> ticketsOf(Caller caller) {
        List<Ticket> mine = tickets.ofUser(caller.requireUser());
        Map<String, EventFacts> facts =
                events.findAll(mine.stream().map(Ticket::eventId).toList());
        return mine.stream()
                .map(ticket -> {
                    var event = facts.get(ticket.eventId());
                    return new TicketView(
                            ticket.id(),
                            ticket.eventId(),
                            event == null ? null : event.title(),
                            event == null ? null : time.display(event.startsAt()),
                            codes.codeFor(ticket.id()),
                            ticket.seats(),
                            ticket.status(),
                            ticket.checkedInAt() == null ? null : time.display(ticket.checkedInAt()));
                })
                .toList();
    }

    /** A request on an event as staff see it in the console: who, what was decided, the ticket and the door. */
    public record StaffRow(
            String requestId,
            long userId,
            String name,
            String status,
            int seats,
            Long waitlistPosition,
            String ticketStatus,
            Instant checkedInAt,
            Instant createdAt) {}

    /** Every request of an event, oldest first (at most 500), with its ticket. */
    public List<StaffRow> forStaff(String eventId) {
        List<EventRequest> found = requests.ofEvent(eventId, null, null, null, 500);
        var people = users.cards(found.stream().map(EventRequest::userId).collect(Collectors.toSet()));
        var ticketsByRequest = tickets
                .forRequests(found.stream().map(EventRequest::id).toList())
                .stream()
                .collect(Collectors.toMap(Ticket::requestId, Function.identity()));
        return found.stream()
                .limit(500)
                .map(request -> {
                    Ticket ticket = ticketsByRequest.get(request.id());
                    var person = people.get(request.userId());
                    return new StaffRow(
                            request.id(),
                            request.userId(),
                            person == null ? null : person.name(),
                            request.status().value(),
                            request.seats(),
                            request.waitlistPlace(),
                            ticket == null ? null : ticket.status(),
                            ticket == null ? null : ticket.checkedInAt(),
                            request.createdAt());
                })
                .toList();
    }

    /** An event a person asked to join, as staff see it on the person's page. */
    public record JoinedEvent(String eventId, String eventTitle, String status, int seats, String ticketStatus) {}

    /** The events a person asked to join, with their request's status and ticket, latest first (at most 50). */
    public List<JoinedEvent> ofPerson(long userId) {
        List<EventRequest> found = requests.ofPerson(userId, 50);
        var ticketsByRequest = tickets
                .forRequests(found.stream().map(EventRequest::id).toList())
                .stream()
                .collect(Collectors.toMap(Ticket::requestId, Function.identity()));
        Map<String, EventFacts> facts =
                events.findAll(found.stream().map(EventRequest::eventId).toList());
        return found.stream()
                .map(request -> {
                    Ticket ticket = ticketsByRequest.get(request.id());
                    EventFacts event = facts.get(request.eventId());
                    return new JoinedEvent(
                            request.eventId(),
                            event == null ? request.eventId() : event.title(),
                            request.status().value(),
                            request.seats(),
                            ticket == null ? null : ticket.status());
                })
                .toList();
    }

    /**
     * The events the person holds a valid or used ticket for ({@code going}), waits for ({@code requested}) or holds a
     * pending invitation to ({@code invited}).
     */
    java.util.Set<String> eventIds(long userId, String role) {
        return switch (role) {
            case "going" -> tickets.eventsWithTicket(userId);
            case "requested" -> requests.eventsWaitingFor(userId);
            case "invited" -> invitations.eventsInvitedTo(userId);
            default -> java.util.Set.of();
        };
    }

    /**
     * The person's latest request, its ticket and their invitation for each of these events: read within the
     * caller's transaction if there is one, else without one (as discovery reads its pages).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    Map<String, EventView.Me> relations(long userId, Collection<String> eventIds) {
        Map<String, EventView.Me> found = new java.util.HashMap<>(requestRelations(userId, eventIds));
        for (Invitation invitation : invitations.ofPersonFor(userId, eventIds)) {
            var relation = new EventView.InvitationRelation(invitation.id(), invitation.status());
            found.merge(
                    invitation.eventId(),
                    new EventView.Me(false, null, null, relation),
                    (me, none) -> new EventView.Me(me.isHost(), me.request(), me.ticket(), relation));
        }
        return found;
    }

    private Map<String, EventView.Me> requestRelations(long userId, Collection<String> eventIds) {
        var latest = requests.latestOf(userId, eventIds).stream()
                .collect(Collectors.toMap(EventRequest::eventId, Function.identity(), (first, later) -> later));
        var ticketsByRequest = tickets
                .forRequests(latest.values().stream().map(EventRequest::id).toList())
                .stream()
                .collect(Collectors.toMap(Ticket::requestId, Function.identity()));
        return latest.values().stream().collect(Collectors.toMap(EventRequest::eventId, request -> {
            Ticket ticket = ticketsByRequest.get(request.id());
            return new EventView.Me(
                    false,
                    Requests.relation(request),
                    ticket == null
                            ? null
                            : new EventView.TicketRelation(
                                    ticket.id(), codes.codeFor(ticket.id()), ticket.seats(), ticket.status()),
                    null);
        }));
    }
}
