package com.loopin.shared;

import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * A change someone made that the audit log keeps. Modules publish their past-tense events (a user deactivated,
 * an interest renamed …) from their facades inside the transaction that makes the change; the audit module
 * records every event of this type in that same transaction, so there is no change without its entry, whichever
 * entry point (console, staff API, app) made it.
 */
public interface AuditedChange {

    Actor actor();

    /** What the audit log writes down about the change. */
    Entry entry();

    /**
     * @param action stable and dotted ({@code user.deactivate}, {@code interest.update}): the console filters by it
     * @param targetType what was changed: {@code user}, {@code lead}, {@code interest}, {@code staff} …
     * @param targetId which one; null when the change has no single target (an export)
     * @param summary one readable line: "Deactivated +91 62058 29376 (sessions ended)"
     * @param changes what changed, field by field; empty when the summary says it all
     */
    record Entry(String action, String targetType, Object targetId, String summary, List<FieldChange> changes) {

        public Entry(String action, String targetType, Object targetId, String summary) {
            this(action, targetType, targetId, summary, List.of());
        }
    }

    /** One changed field, with values as a person reads them (interest names, not ids); null is "none". */
    record FieldChange(String field, String before, String after) {

        /** An account or an interest switched on or off. */
        public static FieldChange status(boolean nowActive) {
            return nowActive
                    ? new FieldChange("status", "inactive", "active")
                    : new FieldChange("status", "active", "inactive");
        }

        /** The fields whose values differ between two snapshots with the same keys, in the snapshots' order. */
        public static List<FieldChange> between(
                SequencedMap<String, String> before, SequencedMap<String, String> after) {
            return before.keySet().stream()
                    .filter(field -> !Objects.equals(before.get(field), after.get(field)))
                    .map(field -> new FieldChange(field, before.get(field), after.get(field)))
                    .toList();
        }
    }
}
