package com.loopin.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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

    AuditEntry(AuditRecord record, Instant now) {
        this.actor = record.actor();
        this.action = record.action();
        this.targetType = record.targetType();
        this.targetId = record.targetId();
        this.summary = cut(record.summary(), 500);
        this.before = cut(record.before(), 4000);
        this.after = cut(record.after(), 4000);
        this.createdAt = now;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    AuditView view() {
        return new AuditView(id, actor, action, targetType, targetId, summary, before, after, createdAt);
    }
}
