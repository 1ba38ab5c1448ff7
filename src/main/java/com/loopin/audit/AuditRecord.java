package com.loopin.audit;

/** One change to record; {@code before}/{@code after} are short readable descriptions, null when none. */
public record AuditRecord(
        String actor, String action, String targetType, String targetId, String summary, String before, String after) {}
