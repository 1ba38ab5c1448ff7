package com.loopin.events;

import com.loopin.shared.Caller;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The seats of an event, as the going module changes them: each change one conditional statement on
 * the event's row, in the caller's transaction, so seats are never oversold on one instance or several.
 */
@Service
public class EventSeats {

    private final EventRepository events;
    private final Visibility visibility;
    private final KeptEvents kept;

    EventSeats(EventRepository events, Visibility visibility, KeptEvents kept) {
        this.events = events;
        this.visibility = visibility;
        this.kept = kept;
    }

    /** The event if the caller may see it (404 otherwise, never 403). */
    public EventFacts visibleTo(String id, Caller caller) {
        return visibleTo(id, caller, null);
    }

    /** @param inviteToken an invitation link's token, which opens a private event; may be null */
    public EventFacts visibleTo(String id, Caller caller, String inviteToken) {
        return events.find(id)
                .filter(event -> visibility.canSee(event, caller, inviteToken))
                .map(EventFacts::of)
                .orElseThrow(EventRefusedException::notFound);
    }

    /**
     * The event if the caller may see it, for a caller whose invitation link was already checked.
     *
     * @param linkOpened whether the caller came by a live invitation link of this event
     */
    public EventFacts visibleTo(String id, Caller caller, boolean linkOpened) {
        return events.find(id)
                .filter(event -> visibility.canSee(event, caller, () -> linkOpened))
                .map(EventFacts::of)
                .orElseThrow(EventRefusedException::notFound);
    }

    /** Everyone kept apart from this person (blocks, either way): left out of what they see of each other. */
    public java.util.Set<Long> keptApartFrom(long userId) {
        return visibility.apartFrom(userId);
    }

    /** The ids of every event the person hosts or hosted, drafts included. */
    public java.util.List<String> idsHostedBy(long hostId) {
        return events.idsHostedBy(hostId);
    }

    /** These events by id, read in one statement; unknown ids are left out. */
    public java.util.Map<String, EventFacts> findAll(java.util.Collection<String> ids) {
        return events.findAll(java.util.Set.copyOf(ids)).stream()
                .map(EventFacts::of)
                .collect(java.util.stream.Collectors.toMap(EventFacts::id, facts -> facts));
    }

    public Optional<EventFacts> find(String id) {
        return events.find(id).map(EventFacts::of);
    }

    /**
     * Takes seats for an accepted request: only while the event is published, has not started and has room.
     *
     * @param event the event as read before: without a limit, no look at the others' seats is needed
     * @return false when they do not fit (or the event changed)
     */
    public boolean take(EventFacts event, int seats, Instant now) {
        return events.takeSeats(event.id(), seats, now, event.capacity() == null);
    }

    /** Gives seats back (a cancelled place, a removed guest): the mirror of {@link #take}. */
    public void giveBack(EventFacts event, int seats) {
        events.giveSeatsBack(event.id(), seats, event.capacity() == null);
    }

    /**
     * The requests waiting on the event ({@link WaitingRequests}) changed in the current transaction: what discovery
     * lists keep of it is forgotten here when it commits, and on the other instances soon after.
     */
    public void waitingChanged(String eventId) {
        kept.forget(eventId);
    }
}
