package com.loopin.sessions;

import java.time.Instant;
import java.util.UUID;

/** One login on one device. Access tokens name it in their {@code sid} claim and die with it. */
record AuthSession(UUID id, long userId, Instant expiresAt, Instant revokedAt) {

    static AuthSession open(long userId, Instant expiresAt) {
        return new AuthSession(UUID.randomUUID(), userId, expiresAt, null);
    }

    boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
