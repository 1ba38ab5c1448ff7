package com.loopin.events;

import com.loopin.interests.EventInterests;
import com.loopin.shared.Actor;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.users.PersonCard;
import com.loopin.users.UserDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events as staff find, read and cancel them in the console. */
@Service
public class EventDirectory {

    private final EventRepository events;
    private final Hosting hosting;
    private final UserDirectory users;
    private final EventInterests interests;
    private final BusinessTime time;
    private final List<WaitingRequests> waiting;

    EventDirectory(
            EventRepository events,
            Hosting hosting,
            UserDirectory users,
            EventInterests interests,
            BusinessTime time,
            List<WaitingRequests> waiting) {
        this.events = events;
        this.hosting = hosting;
        this.users = users;
        this.interests = interests;
        this.time = time;
        this.waiting = waiting;
    }

    @Transactional(readOnly = true)
    public Page<EventSummary> search(EventFilter filter, Pageable page) {
        var found = events.search(filter, time.zone(), page);
        return new PageImpl<>(summaries(found.getContent()), page, found.getTotalElements());
    }

    /** How many events there are in each status (all four, zeros included). */
    @Transactional(readOnly = true)
    public Map<String, Long> countPerStatus() {
        Map<String, Long> counts = events.countPerStatus();
        return java.util.Arrays.stream(EventStatus.values())
                .collect(Collectors.toMap(
                        EventStatus::value,
                        status -> counts.getOrDefault(status.value(), 0L),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> find(String id) {
        return events.find(id).map(event -> summaries(List.of(event)).getFirst());
    }

    /** The host's other events, latest first. */
    @Transactional(readOnly = true)
    public List<EventSummary> otherEventsOf(long hostId, String exceptId, int max) {
        var page = events.search(
                new EventFilter(null, null, null, null, null, hostId),
                time.zone(),
                org.springframework.data.domain.PageRequest.of(0, max + 1));
        return summaries(page.getContent().stream()
                .filter(event -> !event.id().equals(exceptId))
                .limit(max)
                .toList());
    }

    /** Staff cancel an event until it ends; the host and the guests are told the reason. */
    public void cancel(Actor staff, String id, String reason) {
        hosting.cancel(Caller.staff(staff.name()), id, reason);
    }

    private List<EventSummary> summaries(List<Event> found) {
        Map<Long, PersonCard> hosts =
                users.cards(found.stream().map(Event::hostId).collect(Collectors.toSet()));
        Map<Long, String> names = interests.names();
        Map<String, WaitingRequests.Waiting> counts =
                WaitingRequests.counted(waiting, found.stream().map(Event::id).toList());
        return found.stream()
                .map(event -> {
                    EventSpec spec = event.spec();
                    var waits = counts.getOrDefault(event.id(), WaitingRequests.Waiting.NONE);
                    Venue venue = spec.venue();
                    PersonCard host = hosts.get(event.hostId());
                    return new EventSummary(
                            event.id(),
                            spec.title(),
                            spec.description(),
                            event.status().value(),
                            spec.startsAt(),
                            spec.endsAt(),
                            spec.timeZone(),
                            venue.online(),
                            venue.name(),
                            venue.address(),
                            venue.area(),
                            venue.city(),
                            venue.joinUrl(),
                            event.hostId(),
                            host == null ? null : host.name(),
                            spec.capacity(),
                            event.seatsTaken(),
                            waits.waitlisted(),
                            waits.pending(),
                            spec.visibility(),
                            spec.audience(),
                            spec.admission(),
                            spec.interests().stream()
                                    .map(i -> names.getOrDefault(i, "#" + i))
                                    .toList(),
                            spec.coverPictures(),
                            event.cancelReason(),
                            event.cancelledBy(),
                            event.cancelledAt(),
                            event.createdAt());
                })
                .toList();
    }
}
