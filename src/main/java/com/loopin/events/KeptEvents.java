package com.loopin.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import com.loopin.events.WaitingRequests.Waiting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What discovery lists show of each event, kept in memory: its row, and how many requests wait on it. A discovery page
 * reads which events it shows, in order, from an index alone; reading their rows by key was four fifths of the list
 * statement's work in the database, and the waiting counts a second statement (docs/performance.md), while the events
 * of the first pages of a city are the same for everyone who opens it. A row is kept as its bytes ({@link
 * EventBytes}), a third of its objects' size.
 *
 * <p>Every change of an event's row or of its seats ({@link EventRepository}), and of its waiting counts ({@link
 * EventSeats#waitingChanged}), forgets what is kept of it on this instance when its transaction commits. The other
 * instances are told after the commit, the changes of each {@value #TELL_EVERY_MILLIS} ms in one notification
 * (channel {@code loopin_event_changed}, the ids comma-separated): sent from the transaction, a notification would
 * make every asking transaction wait for the one lock that orders notifications at commit. A read that raced a change
 * does not keep what it read. Nothing is kept for more than a minute, the bound where notifications do not arrive
 * (behind a transaction-mode pooler without {@code DATABASE_LISTEN_URL}); all is forgotten when the listening
 * connection comes back. An event's own page reads its row from the database and shows its waiting counts as kept,
 * except to its host and staff, who act on the requests; the host's screens and every check read the database, and so
 * does a near-me page (a person's own place: kept, its rows would turn the others over).
 */
@Component
class KeptEvents {

    private static final Logger log = LoggerFactory.getLogger(KeptEvents.class);

    static final String CHANNEL = "loopin_event_changed";

    /** How long a row is kept: the longest another instance shows it after a change it was not told of. */
    static final Duration KEPT = Duration.ofSeconds(60);

    /** How often the changes of this instance are told to the others (at most this late). */
    static final long TELL_EVERY_MILLIS = 20;

    /** A notification's payload stays under PostgreSQL's 8,000 bytes. */
    private static final int MOST_IDS_TOLD = 800;

    /**
     * A sixteenth of the heap at most by {@link #weight} (6.5 MB of the container's 104 MB): about 14,000 events of the
     * bench's size, twice what the first pages of its 50 cities and 10 interests show. The heap also holds the
     * pictures' decoding budget (a third of it), so what is kept stays small. Beyond it, Caffeine evicts the rows read
     * least often.
     */
    static final long MOST_BYTES = Runtime.getRuntime().maxMemory() / 16;

    /**
     * Waiting counts: about 100 bytes each with their node, so about 5 MB. Enough for the events discovery lists and
     * the pages read besides them within the minute they are kept: at 16,000 a page load after a discovery load read
     * half its counts from the database (docs/performance.md).
     */
    static final int MOST_COUNTS = 50_000;

    private final ChangeNotifications notifications;
    /** Held softly: a heap that runs short (a picture being decoded) takes them back before it gives up. */
    private final Cache<String, byte[]> rows = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .softValues()
            .weigher(KeptEvents::weight)
            .expireAfterWrite(KEPT)
            .build();

    private final Cache<String, Waiting> waiting = Caffeine.newBuilder()
            .maximumSize(MOST_COUNTS)
            .expireAfterWrite(KEPT)
            .build();
    /** Counts the forgetting; a read during which it moved may have read a row as it was before a change. */
    private final AtomicLong forgotten = new AtomicLong();
    /** Events changed here whose change the other instances have not been told of yet. */
    private final Set<String> untold = ConcurrentHashMap.newKeySet();
    /** Whether the last try to tell them failed: a database away for minutes is logged once, not every 20 ms. */
    private volatile boolean tellingFailed;

    KeptEvents(ChangeNotifications notifications) {
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, this::dropAllOf, this::dropAll);
    }

    /**
     * These events' rows; the ones not kept are read, in one statement, by {@code reader} (which leaves out unknown
     * ids). The rows carry no distance.
     */
    Map<String, Event> rows(Collection<String> ids, Function<List<String>, List<Event>> reader) {
        Map<String, Event> found = new HashMap<>();
        rows.getAllPresent(ids).forEach((id, row) -> found.put(id, EventBytes.event(row)));
        if (found.size() == ids.size()) {
            return found;
        }
        List<String> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        long before = forgotten.get();
        Map<String, byte[]> read = new HashMap<>();
        for (Event event : reader.apply(missing)) {
            found.put(event.id(), event.withChord(null));
            EventBytes.of(event).ifPresent(bytes -> read.put(event.id(), bytes));
        }
        keep(rows, read, before);
        return found;
    }

    /** How many requests wait on these events; the counts not kept are asked of {@code reader} (none: left out). */
    Map<String, Waiting> waiting(Collection<String> ids, Function<List<String>, Map<String, Waiting>> reader) {
        Map<String, Waiting> found = new HashMap<>(waiting.getAllPresent(ids));
        if (found.size() == ids.size()) {
            return found;
        }
        List<String> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        long before = forgotten.get();
        Map<String, Waiting> read = new HashMap<>(reader.apply(missing));
        missing.forEach(id -> read.putIfAbsent(id, Waiting.NONE));
        keep(waiting, read, before);
        found.putAll(read);
        return found;
    }

    private <V> void keep(Cache<String, V> cache, Map<String, V> read, long forgottenBefore) {
        cache.putAll(read);
        // a change that committed after the statement's snapshot and was forgotten before the values went in would
        // otherwise leave its old value kept: forgetting after the check takes them out itself
        if (forgotten.get() != forgottenBefore) {
            cache.invalidateAll(read.keySet());
        }
    }

    /**
     * Forgets what is kept of the event here once the current transaction commits (at once outside one), and tells the
     * other instances soon after: read before the commit, the old row or counts would otherwise be kept again.
     */
    void forget(String id) {
        AfterCommit.run(() -> {
            drop(id);
            untold.add(id);
        });
    }

    /** Tells the other instances which events changed here since the last time. */
    @Scheduled(fixedDelay = TELL_EVERY_MILLIS)
    void tellOtherInstances() {
        if (untold.isEmpty()) {
            return;
        }
        List<String> told = new ArrayList<>(untold);
        untold.removeAll(told);
        for (int from = 0; from < told.size(); from += MOST_IDS_TOLD) {
            List<String> some = told.subList(from, Math.min(told.size(), from + MOST_IDS_TOLD));
            try {
                notifications.publish(CHANNEL, String.join(",", some));
            } catch (DataAccessException e) {
                // told on the next try; until then the other instances show what they keep (a minute at most)
                untold.addAll(told.subList(from, told.size()));
                if (!tellingFailed) {
                    log.warn(
                            "Could not tell the other instances of {} changed events (trying again every {} ms): {}",
                            told.size() - from,
                            TELL_EVERY_MILLIS,
                            e.getMessage());
                }
                tellingFailed = true;
                return;
            }
        }
        if (tellingFailed) {
            log.info("The other instances are told of changed events again");
        }
        tellingFailed = false;
    }

    private void dropAllOf(String ids) {
        for (String id : ids.split(",")) {
            drop(id);
        }
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

    /** The bytes the row takes on the heap: its own, and about 120 for the array, its id and the cache's node. */
    static int weight(String id, byte[] row) {
        return 120 + row.length;
    }
}
