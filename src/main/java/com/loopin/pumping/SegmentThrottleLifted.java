package com.loopin.pumping;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** Staff ended a throttle early: the segment's code requests pass again. */
public record SegmentThrottleLifted(Actor actor, Throttle throttle) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "sms_segment.lift",
                "sms_segment",
                throttle.segment().key(),
                "Lifted the throttle on " + throttle.segment() + " (" + throttle.reason() + ")",
                List.of(new FieldChange("until", throttle.endsAt().toString(), "lifted")));
    }
}
