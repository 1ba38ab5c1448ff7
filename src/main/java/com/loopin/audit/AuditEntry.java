package com.loopin.audit;

import com.loopin.shared.AuditedChange;
import com.loopin.shared.AuditedChange.FieldChange;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded change: a Spring Data JDBC aggregate, inserted once and never changed but by redaction. */
@Table("audit_entry")
record AuditEntry(
        @Id Long id,
        String actor,
        String action,
        String targetType,
        String targetId,
        String summary,
        @Column("before_text") String before,
        @Column("after_text") String after,
        Instant createdAt) {

    static AuditEntry of(AuditedChange change, Instant now) {
        AuditedChange.Entry entry = change.entry();
        return new AuditEntry(
                null,
                change.actor().name(),
                entry.action(),
                entry.targetType(),
                entry.targetId() == null ? null : entry.targetId().toString(),
                cut(entry.summary(), 500),
                cut(side(entry.changes(), FieldChange::before), 4000),
                cut(side(entry.changes(), FieldChange::after), 4000),
                now);
    }

    /** One side of the changes as staff read it: "name: Asha; gender: female"; null when nothing changed. */
    private static String side(List<FieldChange> changes, Function<FieldChange, String> value) {
        if (changes.isEmpty()) {
            return null;
        }
        return changes.stream()
                .map(change -> change.field() + ": " + Objects.requireNonNullElse(value.apply(change), "—"))
                .collect(Collectors.joining("; "));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditView view() {
        return new AuditView(id, actor, action, targetType, targetId, summary, before, after, createdAt);
    }
}
