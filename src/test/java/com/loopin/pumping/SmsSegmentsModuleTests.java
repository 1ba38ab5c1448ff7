package com.loopin.pumping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.ModulePlatform;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The pumping module alone, on PostgreSQL: a block staff put on a segment closes it to code requests and
 * announces itself as {@link SegmentThrottled}; lifting it opens the segment again; blocks longer than the rule
 * allows are refused by the module, whoever asks.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class SmsSegmentsModuleTests {

    @Autowired
    SmsSegments segments;

    @Test
    void aBlockClosesTheSegmentUntilItIsLifted(Scenario scenario) {
        String prefix = "+2348" + ThreadLocalRandom.current().nextInt(100, 999);
        Segment segment = Segment.parse(prefix).orElseThrow();
        PhoneNumber inside = new PhoneNumber(prefix + "12345");
        segments.requireOpen(inside);

        scenario.stimulate(
                        () -> segments.block(segment, Duration.ofMinutes(30), "campaign", Actor.staff("module-test")))
                .andWaitForEventOfType(SegmentThrottled.class)
                .matching(event -> event.segment().equals(segment))
                .toArriveAndVerify(event -> assertThat(event.byDetector()).isFalse());
        assertThatThrownBy(() -> segments.requireOpen(inside)).isInstanceOf(SegmentThrottledException.class);

        Throttle active = segments.activeThrottles().stream()
                .filter(t -> t.segment().equals(segment))
                .findFirst()
                .orElseThrow();
        assertThat(segments.lift(active.id(), Actor.staff("module-test"))).isTrue();
        segments.requireOpen(inside);
    }

    @Test
    void aBlockLongerThanThirtyDaysIsRefused() {
        Segment segment = Segment.parse("+2348031").orElseThrow();
        assertThatThrownBy(() -> segments.block(
                        segment, SmsSegments.LONGEST_BLOCK.plusMinutes(1), "too long", Actor.staff("module-test")))
                .isInstanceOf(ChangeRefusedException.class);
        assertThatThrownBy(() -> segments.block(segment, Duration.ZERO, "too short", Actor.staff("module-test")))
                .isInstanceOf(ChangeRefusedException.class);
    }
}
