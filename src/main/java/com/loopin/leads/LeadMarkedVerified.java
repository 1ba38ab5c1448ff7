package com.loopin.leads;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** Staff converted a lead by hand (the number was confirmed some other way). */
public record LeadMarkedVerified(Actor actor, long leadId, String phoneNumber) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "lead.mark_verified",
                "lead",
                leadId,
                "Marked " + phoneNumber + " verified by hand",
                List.of(new FieldChange("status", "unverified", "verified by " + actor)));
    }
}
