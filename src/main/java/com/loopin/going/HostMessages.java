package com.loopin.going;

import static com.loopin.database.SqlValues.utc;

import com.loopin.database.PublicIds;
import com.loopin.events.EventFacts;
import com.loopin.events.EventRefusedException;
import com.loopin.events.EventSeats;
import com.loopin.events.EventStatus;
import com.loopin.going.GoingViews.MessageSent;
import com.loopin.protection.AbuseProtection;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The host's messages to everyone going (a ticket that is valid or used), kept with the event. */
@Service
public class HostMessages {

    static final int MAX_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final EventSeats events;
    private final TicketRepository tickets;
    private final AbuseProtection protection;
    private final GoingProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    HostMessages(
            JdbcClient jdbc,
            EventSeats events,
            TicketRepository tickets,
            AbuseProtection protection,
            GoingProperties properties,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tickets = tickets;
        this.protection = protection;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Sends the text to everyone going; allowed until a day after the event ends (a thank-you, a lost key). */
    @Transactional
    public MessageSent send(Caller caller, String eventId, String text) {
        long hostId = caller.requireUser();
        EventFacts event = events.visibleTo(eventId, caller);
        if (!event.hostedBy(hostId)) {
            throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host can message its guests.");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            throw new ValidationFailedException(List.of(new FieldError("text", "1 to " + MAX_LENGTH + " characters.")));
        }
        Instant now = clock.instant();
        if (event.status() == EventStatus.DRAFT) {
            throw new EventRefusedException(ErrorCode.EVENT_NOT_PUBLISHED, "The event is not published.");
        }
        if (event.status() == EventStatus.CANCELLED) {
            throw new EventRefusedException(ErrorCode.EVENT_CANCELLED, "The event is cancelled.");
        }
        if (event.endsAt().plus(java.time.Duration.ofDays(1)).isBefore(now)) {
            throw new EventRefusedException(ErrorCode.EVENT_COMPLETED, "The event ended more than a day ago.");
        }
        protection.countPersonAction(
                "event_messages", hostId, properties.messagesPerHour(), properties.messagesPerDay());
        List<Long> recipients = tickets.holders(eventId);
        String id = PublicIds.random(12);
        jdbc.sql("""
                        insert into event_message (id, event_id, host_id, text, recipients, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, eventId, hostId, body, recipients.size(), utc(now))
                .update();
        publisher.publishEvent(new HostMessageSent(id, eventId, event.title(), hostId, body, recipients));
        return new MessageSent(id, recipients.size());
    }
}
