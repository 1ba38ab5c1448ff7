package com.loopin.interests;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** Staff renamed an interest or changed its description. */
public record InterestEdited(Actor actor, long interestId, String name, List<FieldChange> changes)
        implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry("interest.update", "interest", interestId, "Edited the interest " + name, changes);
    }
}
