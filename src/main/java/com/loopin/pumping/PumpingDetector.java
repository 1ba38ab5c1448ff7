package com.loopin.pumping;

import com.loopin.database.SqlDialect;
import com.loopin.shared.Actor;
import com.loopin.shared.AppProperties;
import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsStatusReported;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code PUMPING_CHECK_SECONDS}, judges the last hour's traffic with {@link PumpingRules} and throttles the
 * segments that look pumped for {@code PUMPING_BLOCK_MINUTES}, or alerts staff where the evidence is too thin to
 * block a segment of the home market. A burst ({@link SegmentTraffic.BurstSeen}) is judged at once, on the thread
 * of the code request that completed it. Each decision is logged once, counted, audited (throttles) and shown in
 * the console. With several instances one of them judges at a time (a PostgreSQL advisory lock).
 */
@Component
class PumpingDetector {

    static final Actor ACTOR = Actor.system("pumping-detector");
    private static final Logger log = LoggerFactory.getLogger(PumpingDetector.class);
    private static final long LOCK = 0x4c6f6f70696e5001L;

    private final SegmentTraffic traffic;
    private final TrafficRepository counts;
    private final ThrottleRepository throttles;
    private final AlertRepository alerts;
    private final ActiveThrottles active;
    private final PumpingRules rules;
    private final PumpingProperties properties;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PumpingDetector(
            SegmentTraffic traffic,
            TrafficRepository counts,
            ThrottleRepository throttles,
            AlertRepository alerts,
            ActiveThrottles active,
            PumpingProperties properties,
            AppProperties app,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            JdbcClient jdbc,
            SqlDialect dialect,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.traffic = traffic;
        this.counts = counts;
        this.throttles = throttles;
        this.alerts = alerts;
        this.active = active;
        this.rules = new PumpingRules(properties, Segment.countryOf(app.defaultRegion()));
        this.properties = properties;
        this.events = events;
        this.meters = meters;
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${loopin.pumping.check-interval}",
            initialDelayString = "${loopin.pumping.check-interval}")
    void scheduledCheck() {
        if (!properties.enabled()) {
            return;
        }
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("SMS pumping check failed, trying again at the next: {}", e.getMessage());
        }
    }

    /** A prefix was sent codes at a campaign's pace: judged now, not at the next look. */
    @EventListener
    void on(SegmentTraffic.BurstSeen burst) {
        if (!properties.enabled()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                if (isOurTurn()
                        && throttles.activeAt(now).stream()
                                .noneMatch(t -> t.segment().contains(burst.prefix()))) {
                    decide(rules.burst(burst.prefix(), burst.numbers(), burst.clients()), now);
                }
            });
        } catch (RuntimeException e) {
            log.warn("SMS pumping: could not judge a burst to {}: {}", burst.prefix(), e.getMessage());
        }
    }

    /** Judges the traffic now and throttles what looks pumped; returns the throttles decided. */
    List<Throttle> check() {
        traffic.flush();
        List<Throttle> decided = transaction.execute(status -> isOurTurn() ? decide() : List.of());
        return decided == null ? List.of() : decided;
    }

    private List<Throttle> decide() {
        Instant now = clock.instant();
        Instant bucket = SegmentTraffic.bucketOf(now);
        Instant hourSince = bucket.plus(SegmentTraffic.BUCKET).minus(PumpingRules.HOUR);
        Instant recentSince = bucket.plus(SegmentTraffic.BUCKET).minus(PumpingRules.RECENT);
        Instant baselineSince = bucket.minus(properties.baseline());
        Set<Segment> throttled = new HashSet<>();
        throttles.activeAt(now).forEach(throttle -> throttled.add(throttle.segment()));
        Set<Segment> lifted = new HashSet<>(throttles.liftedSince(now.minus(properties.block())));
        var history = new PumpingRules.History() {
            @Override
            public Counts of(Segment segment) {
                return counts.between(segment, baselineSince, hourSince);
            }

            @Override
            public Counts service() {
                return counts.between(null, baselineSince, hourSince);
            }
        };
        List<Throttle> decided = new ArrayList<>();
        for (var suspect : rules.suspects(counts.windows(hourSince, recentSince), throttled, lifted, history)) {
            decide(suspect, now).ifPresent(decided::add);
        }
        counts.deleteBefore(baselineSince.minus(PumpingRules.HOUR));
        alerts.deleteBefore(now.minus(properties.baseline()));
        return decided;
    }

    /** Blocks the suspect, or alerts staff once per block period. */
    private Optional<Throttle> decide(PumpingRules.Suspect suspect, Instant now) {
        if (suspect.block()) {
            Throttle throttle = throttle(suspect, now);
            active.changed();
            return Optional.of(throttle);
        }
        if (!alerts.raisedSince(suspect.segment(), now.minus(properties.block()))) {
            alerts.insert(suspect.segment(), suspect.reason(), now);
            meters.counter("loopin.sms.pumping.alerts").increment();
            log.warn(
                    "SMS pumping suspected in the home market, not blocked (evidence too thin): {} ({});"
                            + " staff can block it in the console",
                    suspect.segment(),
                    suspect.reason());
        }
        return Optional.empty();
    }

    private Throttle throttle(PumpingRules.Suspect suspect, Instant now) {
        Instant until = now.plus(properties.block());
        long id = throttles.insert(suspect.segment(), true, suspect.reason(), now, until, ACTOR.name());
        events.publishEvent(
                new SegmentThrottled(ACTOR, suspect.segment(), suspect.reason(), properties.block(), until, true));
        meters.counter("loopin.sms.pumping.throttles", "decided_by", "detector").increment();
        log.warn(
                "SMS pumping suspected: code requests to {} throttled for {} min ({})",
                suspect.segment(),
                properties.block().toMinutes(),
                suspect.reason());
        return throttles.find(id).orElseThrow();
    }

    /** The provider reported a message it could not deliver: evidence of a failing provider, not of pumping. */
    @EventListener
    void on(SmsStatusReported report) {
        if (("failed".equals(report.status()) || "undelivered".equals(report.status())) && report.to() != null) {
            try {
                traffic.sendFailed(new PhoneNumber(report.to()));
            } catch (IllegalArgumentException e) {
                // not a number we could have sent to: nothing to count
            }
        }
    }

    /** Several instances judge the same shared counts: one at a time is enough. */
    private boolean isOurTurn() {
        if (!dialect.isPostgres()) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single());
    }
}
