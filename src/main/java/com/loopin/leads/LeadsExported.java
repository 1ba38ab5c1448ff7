package com.loopin.leads;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;

/** Staff downloaded leads: numbers left the system, so who took how many, under which filter, is kept. */
public record LeadsExported(Actor actor, long count, LeadFilter filter) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "lead.export",
                "lead",
                null,
                "Exported " + count + (count == 1 ? " lead" : " leads") + " as CSV (filter: " + filter.describe()
                        + ")");
    }
}
