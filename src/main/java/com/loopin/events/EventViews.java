package com.loopin.events;

import com.loopin.interests.EventInterests;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.users.PersonCard;
import com.loopin.users.UserDirectory;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns stored events into answers for one caller: their venue detail, their relation, the host cards. */
@Component
class EventViews {

    private final UserDirectory users;
    private final EventInterests interests;
    private final BusinessTime time;
    private final EventsProperties properties;
    private final List<EventRelations> relations;
    private final EventPricing pricing;
    private final List<WaitingRequests> waiting;
    private final KeptEvents kept;

    EventViews(
            UserDirectory users,
            EventInterests interests,
            BusinessTime time,
            EventsProperties properties,
            List<EventRelations> relations,
            EventPricing pricing,
            List<WaitingRequests> waiting,
            KeptEvents kept) {
        this.kept = kept;
        this.users = users;
        this.interests = interests;
        this.time = time;
        this.properties = properties;
        this.relations = relations;
        this.pricing = pricing;
        this.waiting = waiting;
    }

    List<EventView> of(Collection<Event> events, Caller caller, URI service) {
        return of(events, caller, service, ids -> WaitingRequests.counted(waiting, ids));
    }

    /** As a discovery list shows them: their waiting counts as kept in memory ({@link KeptEvents}). */
    List<EventView> listed(Collection<Event> events, Caller caller, URI service) {
        return of(
                events,
                caller,
                service,
                ids -> kept.waiting(ids, missing -> WaitingRequests.counted(waiting, missing)));
    }

    private List<EventView> of(
            Collection<Event> events,
            Caller caller,
            URI service,
            Function<List<String>, Map<String, WaitingRequests.Waiting>> waitingCounts) {
        Map<Long, PersonCard> hosts =
                users.cards(events.stream().map(Event::hostId).collect(Collectors.toSet()));
        Map<Long, String> names = interests.names();
        List<String> ids = events.stream().map(Event::id).toList();
        Map<String, EventView.Me> mine = new java.util.HashMap<>();
        if (caller != null && caller.userId() != null && !events.isEmpty()) {
            relations.forEach(module -> mine.putAll(module.of(caller.userId(), ids)));
        }
        Map<String, WaitingRequests.Waiting> counts = waitingCounts.apply(ids);
        return events.stream()
                .map(event -> view(
                        event,
                        caller,
                        hosts,
                        names,
                        mine.get(event.id()),
                        counts.getOrDefault(event.id(), WaitingRequests.Waiting.NONE),
                        service))
                .toList();
    }

    EventView of(Event event, Caller caller, URI service) {
        return of(List.of(event), caller, service).getFirst();
    }

    /**
     * An event's own page: its row as read, its waiting counts as kept for lists ({@link KeptEvents}), except for its
     * host and staff, who act on the requests and read their counts from the database.
     */
    EventView page(Event event, Caller caller, URI service) {
        return managedBy(event, caller)
                ? of(event, caller, service)
                : listed(List.of(event), caller, service).getFirst();
    }

    /** Its host and staff, who act on the event's requests (and alone see how many are pending). */
    private static boolean managedBy(Event event, Caller caller) {
        return event.hostedBy(caller == null ? null : caller.userId()) || (caller != null && caller.isStaff());
    }

    private EventView view(
            Event event,
            Caller caller,
            Map<Long, PersonCard> hosts,
            Map<Long, String> names,
            EventView.Me relation,
            WaitingRequests.Waiting waits,
            URI service) {
        boolean host = event.hostedBy(caller == null ? null : caller.userId());
        boolean staff = caller != null && caller.isStaff();
        boolean exact = Visibility.seesExactVenue(event, caller) || (relation != null && relation.going());
        Venue venue = exact ? event.spec().venue() : event.spec().venue().approximate();
        PersonCard card = hosts.get(event.hostId());
        return new EventView(
                event.id(),
                event.status().value(),
                event.spec().title(),
                event.spec().description(),
                event.spec().interests().stream()
                        .map(id -> new EventView.Interest(id, names.getOrDefault(id, "")))
                        .toList(),
                inZone(event.spec().startsAt(), event),
                inZone(event.spec().endsAt(), event),
                event.spec().timeZone().getId(),
                new EventView.VenueView(
                        venue.online(),
                        venue == event.spec().venue(),
                        venue.name(),
                        venue.address(),
                        venue.area(),
                        venue.city(),
                        venue.countryCode(),
                        venue.latitude(),
                        venue.longitude(),
                        venue.joinUrl()),
                event.spec().capacity(),
                event.spec().admission(),
                event.spec().audience(),
                event.spec().maxSeatsPerRequest(),
                event.spec().visibility(),
                event.spec().coverPictures(),
                event.spec().pricePaise(),
                pricing.perSeat(event.spec().pricePaise()),
                card == null ? null : new EventView.Host(card.userId(), card.name(), card.picture()),
                event.seatsTaken(),
                event.spec().capacity() == null
                        ? null
                        : Math.max(0, event.spec().capacity() - event.seatsTaken()),
                waits.waitlisted(),
                managedBy(event, caller) ? waits.pending() : null,
                event.isPrivate() ? null : shareUrl(event.id(), service),
                event.cancelReason(),
                display(event.cancelledAt()),
                display(event.publishedAt()),
                event.chord() == null ? null : Math.round(Chord.kilometres(event.chord()) * 100) / 100.0,
                caller == null || staff
                        ? null
                        : relation == null
                                ? new EventView.Me(host, null, null, null)
                                : new EventView.Me(host, relation.request(), relation.ticket(), relation.invitation()),
                display(event.createdAt()),
                display(event.updatedAt()));
    }

    String shareUrl(String id, URI service) {
        return configuredShareUrl(id).orElseGet(() -> shareUrlAt(service.toString(), id));
    }

    /** The share page at the configured public address ({@code PUBLIC_BASE_URL}); empty when none is configured. */
    java.util.Optional<String> configuredShareUrl(String id) {
        String base = properties.publicBaseUrl();
        return base == null || base.isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(shareUrlAt(base, id));
    }

    private static String shareUrlAt(String base, String id) {
        int end = base.length();
        while (end > 0 && base.charAt(end - 1) == '/') {
            end--;
        }
        return base.substring(0, end) + "/e/" + id;
    }

    private static OffsetDateTime inZone(Instant instant, Event event) {
        return instant.atZone(event.spec().timeZone()).toOffsetDateTime();
    }

    private OffsetDateTime display(Instant instant) {
        return instant == null ? null : time.display(instant);
    }
}
