package com.loopin.auth;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;

/** Staff sent a lead a new code from the console (under the app's limits); the SMS has left. */
public record CodeSentByStaff(Actor actor, long leadId, String phoneNumber) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry("lead.send_code", "lead", leadId, "Sent a new code to " + phoneNumber);
    }
}
