package com.loopin.safety;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;

/** Staff handled a report: audited, with what they did about it. */
public record ReportHandled(Actor actor, long reportId, String outcome, String subject) implements AuditedChange {

    @Override
    public Entry entry() {
        String done = switch (outcome) {
            case Reports.DISMISSED -> "Dismissed";
            case Reports.PERSON_DEACTIVATED -> "Deactivated the person of";
            case Reports.EVENT_CANCELLED -> "Cancelled the event of";
            default -> "Resolved";
        };
        return new Entry("report." + outcome, "report", reportId, done + " report #" + reportId + " (" + subject + ")");
    }
}
