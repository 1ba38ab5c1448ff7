package com.loopin.audit;

import com.loopin.shared.AuditedChange;
import com.loopin.shared.AuditedChange.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 50)
    private String actor;

    @Column(nullable = false, length = 50)
    private String action;

    @Column(nullable = false, length = 30)
    private String targetType;

    @Column(length = 64)
    private String targetId;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(name = "before_text", length = 4000)
    private String before;

    @Column(name = "after_text", length = 4000)
    private String after;

    @Column(nullable = false)
    private Instant createdAt;

    protected AuditEntry() {}

    AuditEntry(AuditedChange change, Instant now) {
        AuditedChange.Entry entry = change.entry();
        this.actor = change.actor().name();
        this.action = entry.action();
        this.targetType = entry.targetType();
        this.targetId = entry.targetId() == null ? null : entry.targetId().toString();
        this.summary = cut(entry.summary(), 500);
        this.before = cut(side(entry.changes(), FieldChange::before), 4000);
        this.after = cut(side(entry.changes(), FieldChange::after), 4000);
        this.createdAt = now;
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
