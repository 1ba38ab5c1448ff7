package com.loopin.notifications;

import com.loopin.events.EventChanged;
import com.loopin.going.Guests;
import com.loopin.going.HostMessageSent;
import com.loopin.going.InvitationChanged;
import com.loopin.going.RequestChanged;
import com.loopin.notifications.Notifier.Message;
import com.loopin.users.PersonCard;
import com.loopin.users.UserDirectory;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * From what happened in the other modules to whom is told what. Each listener runs after the commit that published
 * its event, in a transaction of its own; the registry keeps the event until the listener completes, so a crash in
 * between only delays it (it is submitted again, and writing an item twice is a no-op). Ids are fixed, so renaming
 * a method does not orphan what the registry holds.
 */
@Component
class NotificationTriggers {

    private final Notifier notifier;
    private final Guests guests;
    private final UserDirectory users;

    NotificationTriggers(Notifier notifier, Guests guests, UserDirectory users) {
        this.notifier = notifier;
        this.guests = guests;
        this.users = users;
    }

    @ApplicationModuleListener(id = "notifications.request-received")
    void on(RequestChanged.Received received) {
        String variant = switch (received.outcome()) {
            case ACCEPTED -> "joined";
            case WAITLISTED -> "waitlisted";
            default -> null;
        };
        String guest = name(received.guestId());
        notifier.send(
                new Message(NotificationKind.REQUEST_RECEIVED, variant, received.eventId(), settings ->
                        new Object[] {received.eventTitle(), guest, received.seats()}),
                received.requestId(),
                List.of(received.hostId()));
    }

    @ApplicationModuleListener(id = "notifications.request-decided")
    void on(RequestChanged.Decided decided) {
        NotificationKind kind = switch (decided.to()) {
            case ACCEPTED -> NotificationKind.REQUEST_ACCEPTED;
            case DECLINED -> NotificationKind.REQUEST_DECLINED;
            case WAITLISTED -> NotificationKind.REQUEST_WAITLISTED;
            case REMOVED -> NotificationKind.REMOVED_BY_HOST;
            default -> null;
        };
        if (kind != null) {
            notifier.send(
                    new Message(kind, decided.eventId(), settings -> new Object[] {decided.eventTitle()}),
                    decided.requestId(),
                    List.of(decided.guestId()));
        }
    }

    @ApplicationModuleListener(id = "notifications.waitlist-promoted")
    void on(RequestChanged.Promoted promoted) {
        notifier.send(
                new Message(NotificationKind.WAITLIST_PROMOTED, promoted.eventId(), settings ->
                        new Object[] {promoted.eventTitle()}),
                promoted.requestId(),
                List.of(promoted.guestId()));
    }

    /** Seats freed on an approval event with people waiting: the host is asked to choose (once per freeing). */
    @ApplicationModuleListener(id = "notifications.seats-freed")
    void on(RequestChanged.SeatsFreed freed) {
        notifier.send(
                new Message(NotificationKind.REQUEST_RECEIVED, "seats_freed", freed.eventId(), settings ->
                        new Object[] {freed.eventTitle(), freed.seatsLeft()}),
                "freed:" + freed.requestId() + ":" + freed.seatsLeft(),
                List.of(freed.hostId()));
    }

    @ApplicationModuleListener(id = "notifications.invitation-received")
    void on(InvitationChanged.Received received) {
        String host = name(received.hostId());
        notifier.send(
                new Message(NotificationKind.INVITATION_RECEIVED, received.eventId(), settings ->
                        new Object[] {received.eventTitle(), host}),
                received.invitationId(),
                List.of(received.inviteeId()));
    }

    @ApplicationModuleListener(id = "notifications.host-message")
    void on(HostMessageSent sent) {
        notifier.send(
                new Message(NotificationKind.HOST_MESSAGE, sent.eventId(), settings ->
                        new Object[] {sent.eventTitle(), sent.text()}),
                sent.messageId(),
                sent.recipientIds());
    }

    @ApplicationModuleListener(id = "notifications.event-rescheduled")
    void on(EventChanged.Rescheduled rescheduled) {
        notifier.send(
                new Message(NotificationKind.EVENT_RESCHEDULED, rescheduled.eventId(), settings ->
                        new Object[] {rescheduled.title(), settings.display(rescheduled.startsAt())}),
                rescheduled.eventId() + ":" + rescheduled.startsAt().getEpochSecond(),
                guests.goingOrWaiting(rescheduled.eventId()));
    }

    @ApplicationModuleListener(id = "notifications.event-cancelled")
    void on(EventChanged.Cancelled cancelled) {
        notifier.send(
                new Message(NotificationKind.EVENT_CANCELLED, cancelled.eventId(), settings ->
                        new Object[] {cancelled.title(), cancelled.reason()}),
                cancelled.eventId(),
                guests.goingOrWaiting(cancelled.eventId()));
        if (cancelled.byStaff()) {
            notifier.send(
                    new Message(NotificationKind.EVENT_CANCELLED_BY_STAFF, cancelled.eventId(), settings ->
                            new Object[] {cancelled.title(), cancelled.reason()}),
                    cancelled.eventId(),
                    List.of(cancelled.hostId()));
        }
    }

    private String name(long userId) {
        PersonCard card = users.cards(List.of(userId)).get(userId);
        return card == null || card.name() == null ? "Someone" : card.name();
    }
}
