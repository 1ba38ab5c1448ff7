package com.loopin.audit;

import java.time.Instant;

public record AuditView(
        Long id,
        String actor,
        String action,
        String targetType,
        String targetId,
        String summary,
        String before,
        String after,
        Instant createdAt) {}
