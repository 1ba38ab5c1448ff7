package com.loopin.interests;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** Staff activated an interest (users may choose it) or deactivated it (it leaves the app at once). */
public record InterestStatusChanged(Actor actor, long interestId, String name, boolean active)
        implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                active ? "interest.activate" : "interest.deactivate",
                "interest",
                interestId,
                (active ? "Activated " : "Deactivated ") + name,
                List.of(FieldChange.status(active)));
    }
}
