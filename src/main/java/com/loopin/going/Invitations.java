package com.loopin.going;

import com.loopin.database.PublicIds;
import com.loopin.events.Discovery;
import com.loopin.events.EventFacts;
import com.loopin.events.EventRefusedException;
import com.loopin.events.EventSeats;
import com.loopin.events.EventStatus;
import com.loopin.events.EventView.RequestRelation;
import com.loopin.going.GoingViews.InvitationLink;
import com.loopin.going.GoingViews.InvitationView;
import com.loopin.going.GoingViews.Invited;
import com.loopin.going.GoingViews.PastGuest;
import com.loopin.protection.AbuseProtection;
import com.loopin.safety.PersonBlocked;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDeleted;
import com.loopin.users.UserDirectory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a host invites people who went to their earlier events, or shares a link that opens a private event;
 * an invitee accepts (a request admitted as on an open event: seats at once while they remain, else the waitlist) or
 * declines.
 */
@Service
public class Invitations {

    static final int MAX_INVITEES = 50;

    private final InvitationRepository invitations;
    private final RequestRepository requests;
    private final TicketRepository tickets;
    private final Requests joining;
    private final EventSeats events;
    private final Discovery discovery;
    private final UserDirectory users;
    private final AbuseProtection protection;
    private final GoingProperties properties;
    private final ApplicationEventPublisher publisher;
    private final BusinessTime time;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            RequestRepository requests,
            TicketRepository tickets,
            Requests joining,
            EventSeats events,
            Discovery discovery,
            UserDirectory users,
            AbuseProtection protection,
            GoingProperties properties,
            ApplicationEventPublisher publisher,
            BusinessTime time,
            Clock clock) {
        this.invitations = invitations;
        this.requests = requests;
        this.tickets = tickets;
        this.joining = joining;
        this.events = events;
        this.discovery = discovery;
        this.users = users;
        this.protection = protection;
        this.properties = properties;
        this.publisher = publisher;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Invites up to 50 people who went to the host's earlier events. Whoever cannot be invited is skipped with a
     * reason, the others are invited: {@code not_a_past_guest}, {@code already_invited}, {@code already_requested}
     * (a live request the host can decide instead), {@code unavailable} (no such person, or a block).
     */
    @Transactional
    public Invited invite(Caller caller, String eventId, List<Long> userIds) {
        EventFacts event = hosted(caller, eventId);
        List<Long> ids = userIds == null || userIds.stream().anyMatch(Objects::isNull)
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(userIds));
        if (ids.isEmpty() || ids.size() > MAX_INVITEES) {
            throw new ValidationFailedException(
                    List.of(new FieldError("user_ids", "Give 1 to " + MAX_INVITEES + " user ids.")));
        }
        protection.countPersonAction(
                "event_invitations", event.hostId(), properties.invitationsPerHour(), properties.invitationsPerDay());
        Instant now = clock.instant();
        Set<Long> pastGuests = tickets.guestsOf(otherEventsOf(event), ids);
        Set<Long> invitedBefore = invitations.invitedAmong(eventId, ids);
        Set<Long> apart = events.keptApartFrom(event.hostId());
        Set<Long> existing = users.findAll(ids).keySet();
        List<InvitationView> invited = new ArrayList<>();
        List<Invited.Skipped> skipped = new ArrayList<>();
        for (long userId : ids) {
            String reason = null;
            if (userId == event.hostId() || !existing.contains(userId) || apart.contains(userId)) {
                reason = "unavailable";
            } else if (invitedBefore.contains(userId)) {
                reason = "already_invited";
            } else if (!pastGuests.contains(userId)) {
                reason = "not_a_past_guest";
            } else if (requests.latest(eventId, userId)
                    .filter(request -> request.status().live())
                    .isPresent()) {
                reason = "already_requested";
            }
            if (reason != null) {
                skipped.add(new Invited.Skipped(userId, reason));
                continue;
            }
            var invitation = new Invitation(
                    PublicIds.random(12), eventId, userId, event.hostId(), Invitation.PENDING, null, now);
            if (!invitations.insert(invitation, now)) {
                skipped.add(new Invited.Skipped(userId, "already_invited"));
                continue;
            }
            invited.add(view(invitation, event));
            publisher.publishEvent(
                    new InvitationChanged.Received(invitation.id(), eventId, event.title(), userId, event.hostId()));
        }
        return new Invited(invited, skipped);
    }

    /** A link that opens the event to whoever has it, until the event starts or the host revokes it. */
    @Transactional
    public InvitationLink createLink(Caller caller, String eventId, URI service) {
        EventFacts event = hosted(caller, eventId);
        protection.countPersonAction(
                "event_invitations", event.hostId(), properties.invitationsPerHour(), properties.invitationsPerDay());
        String token = PublicIds.random(22);
        invitations.insertLink(token, eventId, event.hostId(), event.startsAt(), clock.instant());
        String url =
                discovery.shareUrl(eventId, service) + "?invite=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new InvitationLink(token, url, time.display(event.startsAt()));
    }

    /** The link no longer opens the event; requests it admitted stand. */
    @Transactional
    public void revokeLink(Caller caller, String eventId, String token) {
        long hostId = caller.requireUser();
        EventFacts event = events.visibleTo(eventId, caller);
        if (!event.hostedBy(hostId)) {
            throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host can do this.");
        }
        if (token == null || !invitations.revokeLink(eventId, token, clock.instant())) {
            throw new EventRefusedException(ErrorCode.INVITATION_NOT_FOUND, "This event has no such live link.");
        }
    }

    /** The caller's pending invitations to events that have not started, newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> mine(Caller caller) {
        long userId = caller.requireUser();
        Instant now = clock.instant();
        List<InvitationView> shown = new ArrayList<>();
        for (Invitation invitation : invitations.ofPerson(userId, Invitation.PENDING, 100)) {
            events.find(invitation.eventId())
                    .filter(event -> event.status() == EventStatus.PUBLISHED
                            && event.startsAt().isAfter(now))
                    .ifPresent(event -> shown.add(view(invitation, event)));
        }
        return shown;
    }

    /**
     * Accepts: a request admitted as on an open event (seats at once while they remain, else the waitlist); a request
     * the person already made is admitted the same way.
     */
    @Transactional
    public RequestRelation accept(Caller caller, String invitationId, Integer seats) {
        Invitation invitation = pendingOf(caller, invitationId);
        EventFacts event = events.visibleTo(invitation.eventId(), caller);
        RequestRelation request = joining.admitInvited(caller, event, seats);
        if (!invitations.answer(invitationId, Invitation.ACCEPTED, request.id(), clock.instant())) {
            throw notOpen();
        }
        publisher.publishEvent(new InvitationChanged.Answered(
                invitationId, event.id(), event.title(), invitation.userId(), invitation.invitedBy(), request.id()));
        return request;
    }

    @Transactional
    public InvitationView decline(Caller caller, String invitationId) {
        Invitation invitation = pendingOf(caller, invitationId);
        if (!invitations.answer(invitationId, Invitation.DECLINED, null, clock.instant())) {
            throw notOpen();
        }
        var declined = new Invitation(
                invitation.id(),
                invitation.eventId(),
                invitation.userId(),
                invitation.invitedBy(),
                Invitation.DECLINED,
                null,
                invitation.createdAt());
        EventFacts event = events.find(invitation.eventId()).orElseThrow(EventRefusedException::notFound);
        publisher.publishEvent(new InvitationChanged.Answered(
                invitationId, event.id(), event.title(), invitation.userId(), invitation.invitedBy(), null));
        return view(declined, event);
    }

    /** People who went to the caller's events (a valid or used ticket), the most faithful first: whom to invite. */
    @Transactional(readOnly = true)
    public List<PastGuest> pastGuests(Caller caller) {
        long hostId = caller.requireUser();
        Map<Long, Long> times = tickets.timesWent(events.idsHostedBy(hostId), 200);
        Set<Long> apart = events.keptApartFrom(hostId);
        var cards = users.cards(times.keySet());
        return times.entrySet().stream()
                .filter(entry -> !apart.contains(entry.getKey()) && cards.containsKey(entry.getKey()))
                .map(entry -> {
                    var card = cards.get(entry.getKey());
                    return new PastGuest(card.userId(), card.name(), card.picture(), entry.getValue());
                })
                .toList();
    }

    /** A deleted account's pending invitations, sent or received, are withdrawn with it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeleted deleted) {
        invitations.cancelPendingOf(deleted.userId(), null, clock.instant());
    }

    /** A block withdraws the pending invitations between the two, either way. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonBlocked blocked) {
        invitations.cancelPendingOf(blocked.blockerId(), blocked.blockedId(), clock.instant());
    }

    private EventFacts hosted(Caller caller, String eventId) {
        long hostId = caller.requireUser();
        EventFacts event = events.visibleTo(eventId, caller);
        if (!event.hostedBy(hostId)) {
            throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host can invite.");
        }
        event.requireUpcoming(clock.instant());
        return event;
    }

    private Invitation pendingOf(Caller caller, String invitationId) {
        long userId = caller.requireUser();
        Invitation invitation = invitations
                .find(invitationId)
                .filter(found -> found.userId() == userId)
                .orElseThrow(() ->
                        new EventRefusedException(ErrorCode.INVITATION_NOT_FOUND, "You have no such invitation."));
        if (!Invitation.PENDING.equals(invitation.status())) {
            throw notOpen();
        }
        return invitation;
    }

    private List<String> otherEventsOf(EventFacts event) {
        return events.idsHostedBy(event.hostId()).stream()
                .filter(id -> !id.equals(event.id()))
                .toList();
    }

    private InvitationView view(Invitation invitation, EventFacts event) {
        return new InvitationView(
                invitation.id(),
                invitation.status(),
                event.id(),
                event.title(),
                time.display(event.startsAt()),
                invitation.invitedBy(),
                time.display(invitation.createdAt()));
    }

    private static EventRefusedException notOpen() {
        return new EventRefusedException(
                ErrorCode.INVITATION_NOT_OPEN, "The invitation was answered already or withdrawn.");
    }
}
