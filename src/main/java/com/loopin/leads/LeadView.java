package com.loopin.leads;

import java.time.Instant;

/**
 * A lead as other modules see it. {@code verifiedBy} is {@code "otp"} for a self-verified number; a deleted
 * account's lead has no {@code phoneNumber} and a {@code deletedAt}.
 */
public record LeadView(
        Long id,
        String phoneNumber,
        Instant firstRequestedAt,
        Instant lastRequestedAt,
        int codesSent,
        int failedAttempts,
        boolean verified,
        Instant verifiedAt,
        String verifiedBy,
        boolean test,
        Instant deletedAt,
        String deliveryStatus,
        String deliveryError) {}
