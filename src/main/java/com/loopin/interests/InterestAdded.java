package com.loopin.interests;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.ArrayList;

/** Staff added an interest users may choose. */
public record InterestAdded(Actor actor, long interestId, String name, String description) implements AuditedChange {

    @Override
    public Entry entry() {
        var changes = new ArrayList<FieldChange>();
        changes.add(new FieldChange("name", null, name));
        if (description != null) {
            changes.add(new FieldChange("description", null, description));
        }
        return new Entry("interest.create", "interest", interestId, "Created the interest " + name, changes);
    }
}
