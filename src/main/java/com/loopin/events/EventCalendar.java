package com.loopin.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Events by time, and their public links, for what is sent about them (reminders, notifications). */
@Service
public class EventCalendar {

    private final EventRepository events;
    private final EventViews views;

    EventCalendar(EventRepository events, EventViews views) {
        this.events = events;
        this.views = views;
    }

    /** Published events that start after {@code from} and no later than {@code to}, soonest first. */
    public List<EventFacts> publishedStarting(Instant from, Instant to) {
        return events.publishedStarting(from, to).stream().map(EventFacts::of).toList();
    }

    /** Of these events, the ones in the city (compared as the city filter compares: trimmed, any case). */
    public java.util.Set<String> inCity(java.util.Collection<String> eventIds, String city) {
        return events.inCity(eventIds, Venue.key(city));
    }

    /**
     * The event's share page, for a public event when the service's public address is configured ({@code
     * PUBLIC_BASE_URL}): outside a request there is no other address to name.
     */
    public Optional<String> shareUrl(String id) {
        return views.configuredShareUrl(id)
                .filter(url ->
                        events.find(id).filter(event -> !event.isPrivate()).isPresent());
    }
}
