package com.loopin.pumping;

import com.loopin.database.AfterCommit;
import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.shared.PhoneNumber;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the code flow and the console ask of pumping detection. The code flow's calls ({@link #requireOpen},
 * {@link #codeSent}, {@link #codeVerified}) touch memory only; the console's read and change the shared tables.
 */
@Service
public class SmsSegments {

    /** The longest block staff may set by hand. */
    public static final Duration LONGEST_BLOCK = Duration.ofDays(30);

    private static final Logger log = LoggerFactory.getLogger(SmsSegments.class);
    private static final int SEGMENTS_SHOWN = 50;
    private static final int MAX_REASON = 200;

    private final ActiveThrottles active;
    private final SegmentTraffic traffic;
    private final TrafficRepository counts;
    private final ThrottleRepository throttles;
    private final AlertRepository alerts;
    private final PumpingProperties properties;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    SmsSegments(
            ActiveThrottles active,
            SegmentTraffic traffic,
            TrafficRepository counts,
            ThrottleRepository throttles,
            AlertRepository alerts,
            PumpingProperties properties,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            Clock clock) {
        this.active = active;
        this.traffic = traffic;
        this.counts = counts;
        this.throttles = throttles;
        this.alerts = alerts;
        this.properties = properties;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
        Gauge.builder(
                        "loopin.sms.pumping.active_throttles",
                        active,
                        a -> a.all().size())
                .description("SMS segments whose code requests are paused")
                .register(meters);
    }

    /**
     * Refuses a code to a number in a throttled segment. Ask it only for numbers without an account: one that has
     * verified before is never locked out because strangers share its prefix.
     *
     * @throws SegmentThrottledException when a throttle covers the number
     */
    public void requireOpen(PhoneNumber phone) {
        Optional<Throttle> throttle = active.covering(phone);
        if (throttle.isPresent()) {
            meters.counter("loopin.sms.pumping.refused").increment();
            throw new SegmentThrottledException(throttle.get().remainingAt(clock.instant()));
        }
    }

    /** A code went out to the number at the request of the client (its address, as limits count it). */
    public void codeSent(PhoneNumber phone, String client) {
        traffic.codeSent(phone, client);
    }

    /** The provider refused to send a code (an error on its side, not a number it does not serve). */
    public void sendFailed(PhoneNumber phone) {
        traffic.sendFailed(phone);
    }

    /** What the detector reported to staff without blocking, over the last day, newest first. */
    public List<SegmentAlert> recentAlerts() {
        return alerts.since(clock.instant().minus(Duration.ofHours(24)), SEGMENTS_SHOWN);
    }

    /** Counted once the verifying transaction commits. */
    public void codeVerified(PhoneNumber phone) {
        AfterCommit.run(() -> traffic.codeVerified(phone));
    }

    /**
     * The busiest segments of the last hour, prefixes and countries, with how they convert. Not in a transaction:
     * it first adds this instance's pending counts, which writes.
     */
    public List<SegmentReport> busiest() {
        traffic.flush();
        Instant bucket = SegmentTraffic.bucketOf(clock.instant()).plus(SegmentTraffic.BUCKET);
        List<Throttle> throttled = active.all();
        return counts.windows(bucket.minus(PumpingRules.HOUR), bucket.minus(PumpingRules.RECENT)).stream()
                .sorted(Comparator.comparing((TrafficRepository.SegmentWindows row) ->
                                -row.hour().requested())
                        .thenComparing(row -> row.segment().key()))
                .limit(SEGMENTS_SHOWN)
                .map(row -> new SegmentReport(
                        row.segment(),
                        row.recent(),
                        row.hour(),
                        throttled.stream()
                                .filter(t -> t.segment().contains(row.segment()))
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** Codes sent and verified per five minutes over the last day: one segment's, or the whole service's. */
    public List<TrafficPoint> lastDay(Optional<Segment> segment) {
        traffic.flush();
        return counts.buckets(
                segment.orElse(null), SegmentTraffic.bucketOf(clock.instant()).minus(Duration.ofHours(24)));
    }

    public List<Throttle> activeThrottles() {
        return active.all();
    }

    @Transactional(readOnly = true)
    public List<Throttle> recentThrottles(int limit) {
        return throttles.recent(limit);
    }

    @Transactional(readOnly = true)
    public Optional<Throttle> throttle(long id) {
        return throttles.find(id);
    }

    public PumpingProperties settings() {
        return properties;
    }

    /** Staff pause code requests to a segment by hand. */
    @Transactional
    public Throttle block(Segment segment, Duration duration, String reason, Actor staff) {
        if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(LONGEST_BLOCK) > 0) {
            throw new ChangeRefusedException("Block for 1 to " + LONGEST_BLOCK.toMinutes() + " minutes (30 days).");
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? "Blocked by hand" : reason.strip();
        why = why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why;
        long id = throttles.insert(segment, false, why, now, now.plus(duration), staff.name());
        events.publishEvent(new SegmentThrottled(staff, segment, why, duration, now.plus(duration), false));
        meters.counter("loopin.sms.pumping.throttles", "decided_by", "staff").increment();
        log.info("SMS segment {} blocked by {} for {} min", segment, staff, duration.toMinutes());
        active.changed();
        return throttles.find(id).orElseThrow();
    }

    /** Lifts a throttle early; false when it had already ended. The detector then leaves the segment alone. */
    @Transactional
    public boolean lift(long id, Actor staff) {
        Optional<Throttle> throttle = throttles.find(id);
        if (throttle.isEmpty() || !throttles.lift(id, staff.name(), clock.instant())) {
            return false;
        }
        Segment segment = throttle.get().segment();
        events.publishEvent(new SegmentThrottleLifted(staff, throttle.get()));
        log.info("SMS segment {} throttle lifted by {}", segment, staff);
        active.changed();
        return true;
    }

    /** A segment's counts over the last quarter hour and the last hour, and the throttle on it, if any. */
    public record SegmentReport(Segment segment, Counts recent, Counts hour, Throttle throttle) {}

    /** Codes sent and verified in the five minutes from {@code start}. */
    public record TrafficPoint(Instant start, Counts counts) {}
}
