package com.loopin.users;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** A deactivated user may sign in again. */
public record UserActivated(long userId, Actor actor, String phoneNumber) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "user.activate", "user", userId, "Activated " + phoneNumber, List.of(FieldChange.status(true)));
    }
}
