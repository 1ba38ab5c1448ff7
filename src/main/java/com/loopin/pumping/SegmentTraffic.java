package com.loopin.pumping;

import com.loopin.shared.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts codes sent and verified per segment in memory, so that a code request pays no database round trip for
 * it, and adds the counts to the shared table every {@code loopin.pumping.flush-interval} (10 s). If the database
 * is away the counts wait in memory for the next flush.
 */
@Component
class SegmentTraffic {

    static final Duration BUCKET = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(SegmentTraffic.class);

    private final Map<Bucket, Counts> pending = new ConcurrentHashMap<>();
    private final TrafficRepository repository;
    private final PumpingProperties properties;
    private final Clock clock;

    SegmentTraffic(TrafficRepository repository, PumpingProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    void codeSent(PhoneNumber phone) {
        add(phone, new Counts(1, 0));
    }

    void codeVerified(PhoneNumber phone) {
        add(phone, new Counts(0, 1));
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
        long size = BUCKET.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), size) * size);
    }

    private void add(PhoneNumber phone, Counts counts) {
        Instant bucket = bucketOf(clock.instant());
        for (Segment segment : Segment.of(phone, properties.prefixDigits())) {
            // merge is atomic per key, so a flush that removes the key sees every count added before it
            pending.merge(new Bucket(segment.key(), bucket), counts, Counts::plus);
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
