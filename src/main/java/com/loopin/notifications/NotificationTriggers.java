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
import org.springframework.stereotype.Component;

/**
 * From what happened in the other modules to whom is told what: run by {@link OutboxRelay} for each event the
 * outbox holds, after the commit that wrote it, in the relay's transaction. Writing an item twice is a no-op.
 */
@Component
class NotificationTriggers {

    private final Notifier notifier;
    private final Guests guests;
    private final UserDirectory users;
    private final Campaigns campaigns;

    NotificationTriggers(Notifier notifier, Guests guests, UserDirectory users, Campaigns campaigns) {
        this.notifier = notifier;
        this.guests = guests;
        this.users = users;
        this.campaigns = campaigns;
    }

    /**
     * Whether the event tells nobody anything, so it is not even written to the outbox: a request awaiting payment
     * (the host hears once the guest has paid), and the hold of a guest who asked themselves (they are paying in the
     * app at that moment; a hold that follows the host's yes or a move up from the waitlist is told).
     */
    static boolean tellsNobody(Object event) {
        return switch (event) {
            case RequestChanged.Received received ->
                received.outcome() == com.loopin.going.RequestStatus.AWAITING_PAYMENT;
            case RequestChanged.AwaitingPayment due -> due.guestAsked();
            default -> false;
        };
    }

    /** Tells whom the event concerns. */
    void handle(Object event) {
        if (tellsNobody(event)) {
            return;
        }
        switch (event) {
            case RequestChanged.Received received -> on(received);
            case RequestChanged.Decided decided -> on(decided);
            case RequestChanged.Promoted promoted -> on(promoted);
            case RequestChanged.SeatsFreed freed -> on(freed);
            case RequestChanged.AwaitingPayment due -> on(due);
            case RequestChanged.Paid paid -> on(paid);
            case InvitationChanged.Received invited -> on(invited);
            case HostMessageSent message -> on(message);
            case EventChanged.Rescheduled rescheduled -> on(rescheduled);
            case EventChanged.Cancelled cancelled -> on(cancelled);
            case CampaignApproved campaign -> campaigns.send(campaign);
            default ->
                throw new IllegalArgumentException(
                        "No notification for " + event.getClass().getName());
        }
    }

    private void on(RequestChanged.Received received) {
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

    private void on(RequestChanged.Decided decided) {
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

    private void on(RequestChanged.Promoted promoted) {
        notifier.send(
                new Message(NotificationKind.WAITLIST_PROMOTED, promoted.eventId(), settings ->
                        new Object[] {promoted.eventTitle()}),
                promoted.requestId(),
                List.of(promoted.guestId()));
    }

    /** Seats held for a payment the guest did not start themselves (the host's yes, the waitlist): pay in time. */
    private void on(RequestChanged.AwaitingPayment due) {
        notifier.send(
                new Message(NotificationKind.PAYMENT_DUE, due.eventId(), settings -> new Object[] {due.eventTitle()}),
                "due:" + due.requestId(),
                List.of(due.guestId()));
    }

    /** A guest paid: to the host, as someone joining. */
    private void on(RequestChanged.Paid paid) {
        String guest = name(paid.guestId());
        notifier.send(
                new Message(NotificationKind.REQUEST_RECEIVED, "joined", paid.eventId(), settings ->
                        new Object[] {paid.eventTitle(), guest, paid.seats()}),
                paid.requestId(),
                List.of(paid.hostId()));
    }

    /** Seats freed on an approval event with people waiting: the host is asked to choose (once per freeing). */
    private void on(RequestChanged.SeatsFreed freed) {
        notifier.send(
                new Message(NotificationKind.REQUEST_RECEIVED, "seats_freed", freed.eventId(), settings ->
                        new Object[] {freed.eventTitle(), freed.seatsLeft()}),
                "freed:" + freed.requestId() + ":" + freed.seatsLeft(),
                List.of(freed.hostId()));
    }

    private void on(InvitationChanged.Received received) {
        String host = name(received.hostId());
        notifier.send(
                new Message(NotificationKind.INVITATION_RECEIVED, received.eventId(), settings ->
                        new Object[] {received.eventTitle(), host}),
                received.invitationId(),
                List.of(received.inviteeId()));
    }

    private void on(HostMessageSent sent) {
        notifier.send(
                new Message(NotificationKind.HOST_MESSAGE, sent.eventId(), settings ->
                        new Object[] {sent.eventTitle(), sent.text()}),
                sent.messageId(),
                sent.recipientIds());
    }

    private void on(EventChanged.Rescheduled rescheduled) {
        notifier.send(
                new Message(NotificationKind.EVENT_RESCHEDULED, rescheduled.eventId(), settings ->
                        new Object[] {rescheduled.title(), settings.display(rescheduled.startsAt())}),
                rescheduled.eventId() + ":" + rescheduled.startsAt().getEpochSecond(),
                guests.goingOrWaiting(rescheduled.eventId()));
    }

    private void on(EventChanged.Cancelled cancelled) {
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
