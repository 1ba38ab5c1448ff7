package com.loopin.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import com.loopin.events.WaitingRequests.Waiting;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What discovery lists show of each event, kept in memory: its row, and how many requests wait on it. A discovery page
 * reads which events it shows, in order, from an index alone; reading their rows by key was four fifths of the list
 * statement's work in the database, and the waiting counts a second statement (docs/performance.md), while the events
 * of the first pages of a city are the same for everyone who opens it.
 *
 * <p>Every change of an event's row or of its seats ({@link EventRepository}), and of its waiting counts ({@link
 * EventSeats#waitingChanged}), forgets what is kept of it on this instance when its transaction commits, and tells the
 * other instances (notification {@code loopin_event_changed}), which forget it within milliseconds. A read that raced
 * a change does not keep what it read. Nothing is kept for more than a minute, the bound where notifications do not
 * arrive (behind a transaction-mode pooler without {@code DATABASE_LISTEN_URL}); all is forgotten when the listening
 * connection comes back. An event's own page, the host's screens and every check read the database, and so does a
 * near-me page (a person's own place: kept, its rows would turn the others over).
 */
@Component
class KeptEvents {

    static final String CHANNEL = "loopin_event_changed";

    /** How long a row is kept: the longest another instance shows it after a change it was not told of. */
    static final Duration KEPT = Duration.ofSeconds(60);

    /**
     * A sixteenth of the heap at most by {@link #weight} (6.5 MB of the container's 104 MB): about 5,000 events of the
     * bench's size, two thirds of what the first pages of its 50 cities and 10 interests show (7,434 events took 10 MB
     * of the heap after a full collection, their waiting counts and the cache's own structures included). The heap
     * also holds the pictures' decoding budget (a third of it), so what is kept stays small. Beyond it, Caffeine
     * evicts the rows read least often.
     */
    static final long MOST_BYTES = Runtime.getRuntime().maxMemory() / 16;

    /** Waiting counts: about 100 bytes each with their node, so about half a megabyte. */
    static final int MOST_COUNTS = 5_000;

    private final ChangeNotifications notifications;
    private final Cache<String, Event> rows = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .weigher(KeptEvents::weight)
            .expireAfterWrite(KEPT)
            .build();
    private final Cache<String, Waiting> waiting = Caffeine.newBuilder()
            .maximumSize(MOST_COUNTS)
            .expireAfterWrite(KEPT)
            .build();
    /** Counts the forgetting; a read during which it moved may have read a row as it was before a change. */
    private final AtomicLong forgotten = new AtomicLong();

    KeptEvents(ChangeNotifications notifications) {
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, this::drop, this::dropAll);
    }

    /**
     * These events' rows; the ones not kept are read, in one statement, by {@code reader} (which leaves out unknown
     * ids). The rows carry no distance.
     */
    Map<String, Event> rows(Collection<String> ids, Function<List<String>, List<Event>> reader) {
        return kept(rows, ids, missing -> {
            Map<String, Event> read = new HashMap<>();
            reader.apply(missing).forEach(event -> read.put(event.id(), event.withChord(null)));
            return read;
        });
    }

    /** How many requests wait on these events; the counts not kept are asked of {@code reader} (none: left out). */
    Map<String, Waiting> waiting(Collection<String> ids, Function<List<String>, Map<String, Waiting>> reader) {
        return kept(waiting, ids, missing -> {
            Map<String, Waiting> read = new HashMap<>(reader.apply(missing));
            missing.forEach(id -> read.putIfAbsent(id, Waiting.NONE));
            return read;
        });
    }

    private <V> Map<String, V> kept(
            Cache<String, V> cache, Collection<String> ids, Function<List<String>, Map<String, V>> reader) {
        Map<String, V> found = new HashMap<>(cache.getAllPresent(ids));
        if (found.size() == ids.size()) {
            return found;
        }
        List<String> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        long before = forgotten.get();
        Map<String, V> read = reader.apply(missing);
        cache.putAll(read);
        // a change that committed after the statement's snapshot and was forgotten before the values went in would
        // otherwise leave its old value kept: forgetting after the check takes them out itself
        if (forgotten.get() != before) {
            cache.invalidateAll(read.keySet());
        }
        found.putAll(read);
        return found;
    }

    /**
     * Forgets what is kept of the event everywhere once the current transaction commits (at once outside one): read
     * before the commit, the old row or counts would otherwise be kept again.
     */
    void forget(String id) {
        notifications.publish(CHANNEL, id);
        AfterCommit.run(() -> drop(id));
    }

    private void drop(String id) {
        forgotten.incrementAndGet();
        rows.invalidate(id);
        waiting.invalidate(id);
    }

    private void dropAll() {
        forgotten.incrementAndGet();
        rows.invalidateAll();
        waiting.invalidateAll();
    }

    /**
     * About the bytes the row takes on the heap: its objects and the cache's (about 1,000 bytes; the values many rows
     * hold are shared), and its text at up to two bytes a character.
     */
    static int weight(String id, Event event) {
        EventSpec spec = event.spec();
        Venue venue = spec.venue();
        long characters = length(spec.title())
                + length(spec.description())
                + length(venue.name())
                + length(venue.address())
                + length(venue.area())
                + length(venue.city())
                + length(venue.joinUrl())
                + length(event.cancelReason())
                + spec.coverPictures().stream().mapToLong(String::length).sum();
        return (int) Math.min(Integer.MAX_VALUE, 1_000 + 2 * characters);
    }

    private static long length(String text) {
        return text == null ? 0 : text.length();
    }
}
