package com.loopin.users;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** A user was deactivated: whatever they were signed in with must stop working now. */
public record UserDeactivated(long userId, Actor actor, String phoneNumber) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "user.deactivate",
                "user",
                userId,
                "Deactivated " + phoneNumber + " (sessions ended)",
                List.of(FieldChange.status(false)));
    }
}
