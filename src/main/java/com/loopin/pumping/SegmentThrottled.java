package com.loopin.pumping;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Code requests to numbers without an account in this segment are refused until the throttle ends. */
public record SegmentThrottled(
        Actor actor, Segment segment, String reason, Duration duration, Instant until, boolean byDetector)
        implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                byDetector ? "sms_segment.throttle" : "sms_segment.block",
                "sms_segment",
                segment.key(),
                (byDetector ? "Throttled" : "Blocked") + " code requests to " + segment + " for " + duration.toMinutes()
                        + " minutes: " + reason,
                List.of(new FieldChange("until", null, until.toString())));
    }
}
