package com.loopin.events;

import com.loopin.protection.AbuseProtection;
import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange.FieldChange;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.ProfileStanding;
import com.loopin.users.UserDeleted;
import com.loopin.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A host's side of an event: create, edit (a new time on a published event is a reschedule), publish, cancel, delete
 * a draft. Every refusal names its code; every change is announced as an {@link EventChanged} in its transaction.
 */
@Service
public class Hosting {

    private final EventRepository events;
    private final EventRules rules;
    private final UserDirectory users;
    private final AbuseProtection protection;
    private final EventsProperties properties;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;
    private final Visibility visibility;

    Hosting(
            EventRepository events,
            Visibility visibility,
            EventRules rules,
            UserDirectory users,
            AbuseProtection protection,
            EventsProperties properties,
            ApplicationEventPublisher publisher,
            JsonMapper json,
            Clock clock) {
        this.events = events;
        this.visibility = visibility;
        this.rules = rules;
        this.users = users;
        this.protection = protection;
        this.properties = properties;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    /** @return the new event's id */
    @Transactional
    public String create(long hostId, EventFields fields) {
        requireCompleteProfile(hostId);
        Instant now = clock.instant();
        boolean publish = Boolean.TRUE.equals(fields.publish());
        EventSpec spec = rules.check(fields, hostId, now, publish);
        protection.countPersonAction(
                "event_creations", hostId, properties.createsPerHour(), properties.createsPerDay());
        EventStatus status = publish ? EventStatus.PUBLISHED : EventStatus.DRAFT;
        String id = newId();
        while (!events.insert(id, hostId, status, spec, now)) {
            id = newId();
        }
        publisher.publishEvent(new EventChanged.Created(Actor.user(hostId), id, spec.title(), publish));
        return id;
    }

    /**
     * Lays the patch over the event's fields and checks the whole again. On a published event a new start or end is
     * a reschedule (the guests are told); once it has started nothing changes.
     */
    @Transactional
    public void edit(Caller caller, String id, JsonNode patch) {
        Event event = hostsOwn(caller, id);
        requireChangeable(event);
        EventSpec spec = rules.check(
                patched(event, patch), event.hostId(), clock.instant(), event.status() == EventStatus.PUBLISHED);
        if (spec.capacity() != null && spec.capacity() < event.seatsTaken()) {
            throw new EventRefusedException(
                    ErrorCode.CAPACITY_BELOW_SEATS_TAKEN,
                    event.seatsTaken() + " seats are taken: the capacity cannot be lower.",
                    Map.of("seats_taken", event.seatsTaken()));
        }
        if (!events.update(id, event.status(), spec, clock.instant())) {
            throw raced(id);
        }
        List<FieldChange> changes = changes(event, spec);
        boolean newTimes = !event.spec().startsAt().equals(spec.startsAt())
                || !event.spec().endsAt().equals(spec.endsAt());
        if (event.status() == EventStatus.PUBLISHED && newTimes) {
            publisher.publishEvent(new EventChanged.Rescheduled(
                    caller.actor(), id, spec.title(), spec.startsAt(), spec.endsAt(), changes));
        } else if (!changes.isEmpty()) {
            publisher.publishEvent(new EventChanged.Edited(caller.actor(), id, spec.title(), changes));
        }
    }

    @Transactional
    public void publish(Caller caller, String id) {
        Event event = hostsOwn(caller, id);
        if (event.status() != EventStatus.DRAFT) {
            requireChangeable(event);
            throw new EventRefusedException(ErrorCode.EVENT_NOT_DRAFT, "The event is published already.");
        }
        rules.check(event.spec().fields(), event.hostId(), clock.instant(), true);
        if (!events.changeStatus(id, EventStatus.DRAFT, EventStatus.PUBLISHED, clock.instant(), null, null)) {
            throw raced(id);
        }
        publisher.publishEvent(
                new EventChanged.Published(caller.actor(), id, event.spec().title()));
    }

    /**
     * Cancels a draft or a published event that has not started (staff: that has not ended), with a reason shown to
     * the guests.
     */
    @Transactional
    public void cancel(Caller caller, String id, String reason) {
        String why = EventRules.reason(reason);
        Event event =
                caller.isStaff() ? events.find(id).orElseThrow(EventRefusedException::notFound) : hostsOwn(caller, id);
        Instant now = clock.instant();
        if (!event.status().canBecome(EventStatus.CANCELLED) || event.ended(now)) {
            requireChangeable(event);
            throw ended();
        }
        if (!caller.isStaff() && event.started(now)) {
            throw started();
        }
        cancel(event, caller.actor(), why, caller.isStaff(), now);
    }

    private void cancel(Event event, Actor actor, String reason, boolean byStaff, Instant now) {
        if (!events.changeStatus(event.id(), event.status(), EventStatus.CANCELLED, now, reason, actor.name())) {
            throw raced(event.id());
        }
        publisher.publishEvent(
                new EventChanged.Cancelled(actor, event.id(), event.spec().title(), event.hostId(), reason, byStaff));
    }

    @Transactional
    public void deleteDraft(Caller caller, String id) {
        Event event = hostsOwn(caller, id);
        if (event.status() != EventStatus.DRAFT) {
            throw new EventRefusedException(
                    ErrorCode.EVENT_NOT_DRAFT, "Only a draft can be deleted; cancel a published event instead.");
        }
        if (!events.deleteDraft(id)) {
            throw raced(id);
        }
        publisher.publishEvent(
                new EventChanged.Deleted(caller.actor(), id, event.spec().title()));
    }

    /** Marks published events whose end has passed completed; @return how many */
    @Transactional
    public int completeEnded() {
        Instant now = clock.instant();
        int completed = 0;
        for (String id : events.endedPublished(now, 500)) {
            if (events.changeStatus(id, EventStatus.PUBLISHED, EventStatus.COMPLETED, now, null, null)) {
                String title =
                        events.find(id).map(event -> event.spec().title()).orElse(id);
                publisher.publishEvent(new EventChanged.Completed(Actor.system("event-completion"), id, title));
                completed++;
            }
        }
        return completed;
    }

    /** An account's deletion, in its transaction: its drafts go, its upcoming events are cancelled for the guests. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeleted deleted) {
        Instant now = clock.instant();
        Actor host = Actor.user(deleted.userId());
        for (Event event : events.upcomingHostedBy(deleted.userId(), now)) {
            if (event.status() == EventStatus.DRAFT) {
                events.deleteDraft(event.id());
            } else if (!event.started(now)) {
                cancel(event, host, "The host closed their Loopin account.", false, now);
            }
        }
    }

    private void requireCompleteProfile(long userId) {
        if (!users.standing(userId).map(ProfileStanding::profileComplete).orElse(false)) {
            throw new EventRefusedException(
                    ErrorCode.PROFILE_INCOMPLETE, "Complete your profile before hosting an event.");
        }
    }

    /** The event, if the caller hosts it: 404 when they may not see it, 403 when they may but do not host it. */
    private Event hostsOwn(Caller caller, String id) {
        Event event = events.find(id).orElseThrow(EventRefusedException::notFound);
        if (event.hostedBy(caller.userId())) {
            return event;
        }
        if (!visibility.canSee(event, caller)) {
            throw EventRefusedException.notFound();
        }
        throw new EventRefusedException(ErrorCode.NOT_EVENT_HOST, "Only the event's host can do this.");
    }

    private void requireChangeable(Event event) {
        switch (event.status()) {
            case CANCELLED -> throw new EventRefusedException(ErrorCode.EVENT_CANCELLED, "The event is cancelled.");
            case COMPLETED -> throw ended();
            case PUBLISHED -> {
                if (event.started(clock.instant())) {
                    throw started();
                }
            }
            case DRAFT -> {}
        }
    }

    private static EventRefusedException started() {
        return new EventRefusedException(ErrorCode.EVENT_STARTED, "The event has started: it can no longer change.");
    }

    private static EventRefusedException ended() {
        return new EventRefusedException(ErrorCode.EVENT_COMPLETED, "The event has ended.");
    }

    private static EventRefusedException raced(String id) {
        return new EventRefusedException(
                ErrorCode.EVENT_CHANGED, "The event changed meanwhile (event " + id + "); read it again.");
    }

    /** The event's fields with the patch's laid over them: named fields replace, the venue's one by one. */
    private EventFields patched(Event event, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ValidationFailedException(
                    List.of(new FieldError("body", "Send a JSON object of the fields to change.")));
        }
        if (patch.has("publish")) {
            throw new ValidationFailedException(
                    List.of(new FieldError("publish", "Publish a draft with POST /api/events/{id}/publish.")));
        }
        ObjectNode merged = (ObjectNode) json.valueToTree(event.spec().fields());
        for (var field : patch.properties()) {
            JsonNode current = merged.get(field.getKey());
            if (field.getKey().equals("venue")
                    && current != null
                    && current.isObject()
                    && field.getValue().isObject()) {
                ObjectNode venue = ((ObjectNode) current).deepCopy();
                // switching between a place and online starts the venue afresh
                if (field.getValue().has("online")) {
                    venue.removeAll();
                }
                venue.setAll((ObjectNode) field.getValue());
                merged.set("venue", venue);
            } else {
                merged.set(field.getKey(), field.getValue());
            }
        }
        try {
            return json.treeToValue(merged, EventFields.class);
        } catch (JacksonException e) {
            throw new ValidationFailedException(
                    List.of(new FieldError("body", "A field has a value of the wrong type.")));
        }
    }

    private static List<FieldChange> changes(Event before, EventSpec after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "title", before.spec().title(), after.title());
        change(changes, "description", before.spec().description(), after.description());
        change(changes, "interests", before.spec().interests(), after.interests());
        change(changes, "starts_at", before.spec().startsAt(), after.startsAt());
        change(changes, "ends_at", before.spec().endsAt(), after.endsAt());
        change(changes, "time_zone", before.spec().timeZone(), after.timeZone());
        change(changes, "venue", before.spec().venue(), after.venue());
        change(changes, "capacity", before.spec().capacity(), after.capacity());
        change(changes, "admission", before.spec().admission(), after.admission());
        change(changes, "audience", before.spec().audience(), after.audience());
        change(changes, "max_seats_per_request", before.spec().maxSeatsPerRequest(), after.maxSeatsPerRequest());
        change(changes, "visibility", before.spec().visibility(), after.visibility());
        change(changes, "cover_pictures", before.spec().coverPictures(), after.coverPictures());
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, describe(before), describe(after)));
        }
    }

    private static String describe(Object value) {
        if (value instanceof Venue venue) {
            return venue.online()
                    ? "online"
                    : String.join(
                            ", ",
                            java.util.stream.Stream.of(venue.name(), venue.address(), venue.area(), venue.city())
                                    .filter(Objects::nonNull)
                                    .toList());
        }
        return value == null ? null : value.toString();
    }

    /** An event's public id: 8 random base62 characters. */
    static String newId() {
        return com.loopin.database.PublicIds.random(8);
    }
}
