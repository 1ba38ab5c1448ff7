package com.loopin.pumping;

import com.loopin.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts codes sent, verified and refused per segment in memory, so that a code request pays no database round
 * trip for it, and adds the counts to the shared table every {@code loopin.pumping.flush-interval} (10 s). If the
 * database is away the counts wait in memory for the next flush.
 *
 * <p>Evidence is counted as different numbers and different clients, not requests: a number or client is counted
 * in a bucket the first time this instance sees it there (two instances may each count it once). And every
 * prefix is watched for a burst: {@code PUMPING_BURST_NUMBERS} different numbers within ten seconds on this
 * instance, a pace no honest traffic of one prefix reaches, is reported at once ({@link BurstSeen}) rather than at
 * the detector's next look.
 */
@Component
class SegmentTraffic {

    static final Duration BUCKET = Duration.ofMinutes(5);
    static final Duration BURST_WINDOW = Duration.ofSeconds(10);
    /** Beyond this many in one bucket, numbers and clients are no longer told apart (and all count as new). */
    private static final int MAX_REMEMBERED = 20_000;

    private static final Logger log = LoggerFactory.getLogger(SegmentTraffic.class);

    private final Map<Bucket, Counts> pending = new ConcurrentHashMap<>();
    private final Map<Bucket, Seen> seen = new ConcurrentHashMap<>();
    private final Map<Bucket, Seen> bursts = new ConcurrentHashMap<>();
    private final TrafficRepository repository;
    private final PumpingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SegmentTraffic(
            TrafficRepository repository, PumpingProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    void codeSent(PhoneNumber phone, String clientAddress) {
        String client = clientAddress == null ? "unknown" : clientAddress;
        Instant now = clock.instant();
        Instant bucket = bucketOf(now);
        for (Segment segment : Segment.of(phone, properties.prefixDigits())) {
            Seen before = seen.computeIfAbsent(new Bucket(segment.key(), bucket), b -> new Seen());
            boolean newNumber = before.numbers.add(phone.e164());
            boolean newClient = before.clients.add(client);
            add(segment, bucket, new Counts(1, 0, newNumber ? 1 : 0, newClient ? 1 : 0, 0));
            if (!segment.isCountry()) {
                watchForBurst(segment, phone, client, now);
            }
        }
    }

    void codeVerified(PhoneNumber phone) {
        add(phone, new Counts(0, 1, 0, 0, 0));
    }

    /** The provider refused to send (an error, not a number it does not serve). */
    void sendFailed(PhoneNumber phone) {
        add(phone, new Counts(0, 0, 0, 0, 1));
    }

    @Scheduled(fixedDelayString = "${loopin.pumping.flush-interval:10s}", initialDelayString = "10s")
    void flush() {
        Map<Bucket, Counts> taken = new TreeMap<>();
        for (Bucket bucket : pending.keySet()) {
            Counts counts = pending.remove(bucket);
            if (counts != null) {
                taken.put(bucket, counts);
            }
        }
        Instant now = clock.instant();
        Instant current = bucketOf(now);
        seen.keySet().removeIf(bucket -> bucket.start().isBefore(current));
        bursts.keySet().removeIf(window -> window.start().isBefore(now.minus(BURST_WINDOW)));
        if (taken.isEmpty()) {
            return;
        }
        try {
            repository.add(taken);
        } catch (RuntimeException e) {
            taken.forEach((bucket, counts) -> pending.merge(bucket, counts, Counts::plus));
            log.warn("SMS segment counts kept in memory for the next try: {}", e.getMessage());
        }
    }

    static Instant bucketOf(Instant at) {
        return startOf(at, BUCKET);
    }

    private void watchForBurst(Segment prefix, PhoneNumber phone, String client, Instant now) {
        Seen window = bursts.computeIfAbsent(new Bucket(prefix.key(), startOf(now, BURST_WINDOW)), b -> new Seen());
        window.clients.add(client);
        if (window.numbers.add(phone.e164())
                && window.numbers.size() >= properties.burstNumbers()
                && window.reported.compareAndSet(false, true)) {
            events.publishEvent(new BurstSeen(prefix, window.numbers.size(), window.clients.size()));
        }
    }

    private void add(PhoneNumber phone, Counts counts) {
        Instant bucket = bucketOf(clock.instant());
        for (Segment segment : Segment.of(phone, properties.prefixDigits())) {
            add(segment, bucket, counts);
        }
    }

    private void add(Segment segment, Instant bucket, Counts counts) {
        // merge is atomic per key, so a flush that removes the key sees every count added before it
        pending.merge(new Bucket(segment.key(), bucket), counts, Counts::plus);
    }

    private static Instant startOf(Instant at, Duration size) {
        long seconds = size.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), seconds) * seconds);
    }

    /** A prefix was sent codes to this many different numbers within {@link #BURST_WINDOW} on this instance. */
    record BurstSeen(Segment prefix, int numbers, int clients) {}

    /** The numbers and clients seen in one bucket, up to {@link #MAX_REMEMBERED} of each. */
    private static final class Seen {
        final Set<String> numbers = new Remembered();
        final Set<String> clients = new Remembered();
        final java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();
    }

    private static final class Remembered extends java.util.AbstractSet<String> {
        private final Set<String> values = ConcurrentHashMap.newKeySet();

        @Override
        public boolean add(String value) {
            return values.size() >= MAX_REMEMBERED || values.add(value);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return values.iterator();
        }

        @Override
        public int size() {
            return values.size();
        }
    }

    /** Sorted by segment then time, so two instances flushing at once take row locks in the same order. */
    record Bucket(String segment, Instant start) implements Comparable<Bucket> {
        @Override
        public int compareTo(Bucket other) {
            int bySegment = segment.compareTo(other.segment);
            return bySegment != 0 ? bySegment : start.compareTo(other.start);
        }
    }
}
