package com.loopin.auth;

import java.time.Instant;

/** The code currently valid for a number (one row per number), as {@link PhoneCodeRepository} reads it. */
record PhoneCode(
        long id,
        CodePurpose purpose,
        String codeHash,
        int attempts,
        Instant createdAt,
        Instant expiresAt,
        boolean consumed) {}
