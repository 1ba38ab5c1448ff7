package com.loopin.users;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** Someone other than the app's own completion form changed a profile: staff, or the user through the API. */
public record ProfileEdited(long userId, Actor actor, String phoneNumber, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry("profile.update", "user", userId, "Edited the profile of " + phoneNumber, changes);
    }
}
