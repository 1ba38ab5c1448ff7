package com.loopin.going;

import com.loopin.events.EventFacts;
import com.loopin.events.EventRefusedException;
import com.loopin.events.EventSeats;
import com.loopin.going.GoingViews.Attendance;
import com.loopin.going.GoingViews.CheckInView;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.users.PersonCard;
import com.loopin.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door: the host scans a guest's code. A code is checked in once, by one statement that expects the ticket
 * valid, so two doors scanning one code at once get one 200 and one {@code ALREADY_CHECKED_IN}.
 */
@Service
public class CheckIns {

    private final TicketRepository tickets;
    private final TicketCodes codes;
    private final EventSeats events;
    private final UserDirectory users;
    private final GoingProperties properties;
    private final BusinessTime time;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    CheckIns(
            TicketRepository tickets,
            TicketCodes codes,
            EventSeats events,
            UserDirectory users,
            GoingProperties properties,
            BusinessTime time,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.tickets = tickets;
        this.codes = codes;
        this.events = events;
        this.users = users;
        this.properties = properties;
        this.time = time;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional
    public CheckInView checkIn(Caller caller, String eventId, String code) {
        EventFacts event = hostsOwn(caller, eventId);
        if (event.status() == com.loopin.events.EventStatus.CANCELLED) {
            throw new EventRefusedException(ErrorCode.EVENT_CANCELLED, "The event is cancelled.");
        }
        Ticket ticket = codes.ticketOf(code)
                .flatMap(tickets::find)
                .filter(found -> found.eventId().equals(eventId))
                .orElseThrow(() -> new EventRefusedException(
                        ErrorCode.TICKET_NOT_FOUND, "This code is not a ticket of this event."));
        if ("cancelled".equals(ticket.status())) {
            throw cancelled();
        }
        // as stored (microseconds), so the first scan's time reads the same in every answer
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (now.isBefore(event.startsAt().minus(properties.checkInOpensBefore())) || !now.isBefore(event.endsAt())) {
            throw new EventRefusedException(
                    ErrorCode.CHECK_IN_CLOSED,
                    "Check-in opens " + properties.checkInOpensBefore().toHours()
                            + " hours before the start and closes at the end.");
        }
        if (!tickets.checkIn(ticket.id(), eventId, now)) {
            Ticket now2 = tickets.find(ticket.id()).orElseThrow();
            if ("cancelled".equals(now2.status())) {
                throw cancelled();
            }
            throw new EventRefusedException(
                    ErrorCode.ALREADY_CHECKED_IN,
                    "Already checked in at " + time.display(now2.checkedInAt()).toLocalTime() + ".",
                    Map.of("checked_in_at", time.display(now2.checkedInAt())));
        }
        publisher.publishEvent(new TicketCheckedIn(
                ticket.id(), eventId, event.title(), ticket.userId(), event.hostId(), ticket.seats(), now));
        PersonCard guest = users.cards(Set.of(ticket.userId())).get(ticket.userId());
        return new CheckInView(
                ticket.id(),
                guest == null ? null : guest.name(),
                guest == null ? null : guest.picture(),
                ticket.seats(),
                time.display(now),
                attendance(event, now));
    }

    /** The live counts at the door; no-shows once the event has ended. */
    @Transactional(readOnly = true)
    public Attendance attendance(Caller caller, String eventId) {
        return attendance(hostsOwn(caller, eventId), clock.instant());
    }

    private Attendance attendance(EventFacts event, Instant now) {
        var counts = tickets.counts(event.id());
        Long noShows = now.isBefore(event.endsAt()) ? null : counts.going() - counts.checkedIn();
        return new Attendance(counts.going(), counts.checkedIn(), noShows);
    }

    private EventFacts hostsOwn(Caller caller, String eventId) {
        EventFacts event = events.visibleTo(eventId, caller);
        if (caller.userId() == null || !event.hostedBy(caller.userId())) {
            throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host checks guests in.");
        }
        return event;
    }

    private static EventRefusedException cancelled() {
        return new EventRefusedException(ErrorCode.TICKET_CANCELLED, "This ticket was cancelled.");
    }
}
