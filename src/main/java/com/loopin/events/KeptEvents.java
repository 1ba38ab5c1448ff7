package com.loopin.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The rows of listed events, kept in memory. A discovery page reads which events it shows, in order, from an index
 * alone; reading their rows by key was four fifths of the list statement's work in the database (docs/performance.md),
 * and the events of the first pages of a city are the same for everyone who opens it.
 *
 * <p>Every change of an event's row or of its seats ({@link EventRepository}) forgets the row on this instance when
 * its transaction commits, and tells the other instances (notification {@code loopin_event_changed}), which forget it
 * within milliseconds. A read that raced a change does not keep what it read. A row is kept for a minute at most, the
 * bound where notifications do not arrive (behind a transaction-mode pooler without {@code DATABASE_LISTEN_URL}); all
 * are forgotten when the listening connection comes back. An event's own page and the host's screens read the row.
 */
@Component
class KeptEvents {

    static final String CHANNEL = "loopin_event_changed";

    /** How long a row is kept: the longest another instance shows it after a change it was not told of. */
    static final Duration KEPT = Duration.ofSeconds(60);

    /**
     * About 12 MB of the container's 104 MB heap, by {@link #weight}: about 9,000 events of the bench's size (a heap
     * histogram put one at about 1.2 KB with its title and description), as many as the first pages of its 50 cities
     * and 10 interests show. Beyond it, Caffeine evicts the rows read least often.
     */
    static final long MOST_BYTES = 12L * 1024 * 1024;

    private final ChangeNotifications notifications;
    private final Cache<String, Event> rows = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .weigher(KeptEvents::weight)
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
    Map<String, Event> of(Collection<String> ids, Function<List<String>, List<Event>> reader) {
        Map<String, Event> found = new HashMap<>(rows.getAllPresent(ids));
        if (found.size() == ids.size()) {
            return found;
        }
        List<String> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        long before = forgotten.get();
        Map<String, Event> read = new HashMap<>();
        for (Event event : reader.apply(missing)) {
            read.put(event.id(), event.withChord(null));
        }
        rows.putAll(read);
        // a change that committed after the statement's snapshot and was forgotten before the rows went in would
        // otherwise leave its old row kept: forgetting after the check takes them out itself
        if (forgotten.get() != before) {
            rows.invalidateAll(read.keySet());
        }
        found.putAll(read);
        return found;
    }

    /**
     * Forgets the event's row everywhere once the current transaction commits (at once outside one): read before the
     * commit, the old row would otherwise be kept again.
     */
    void forget(String id) {
        notifications.publish(CHANNEL, id);
        AfterCommit.run(() -> drop(id));
    }

    private void drop(String id) {
        forgotten.incrementAndGet();
        rows.invalidate(id);
    }

    private void dropAll() {
        forgotten.incrementAndGet();
        rows.invalidateAll();
    }

    /** About the bytes the row takes on the heap: its objects, and its text at up to two bytes a character. */
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
