package com.loopin.audit;

import java.time.Instant;

/**
 * What staff narrow the audit log to; every part is optional.
 *
 * @param text words in the actor, action, summary or record id
 * @param actor exactly this staff member (or {@code system:…})
 * @param action exactly this action, e.g. {@code profile.update}
 * @param targetType with {@code targetId}: the history of one record, e.g. {@code user} 42
 * @param from entries at or after this instant
 * @param to entries before this instant
 */
public record AuditFilter(
        String text, String actor, String action, String targetType, String targetId, Instant from, Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
