package com.loopin.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One login on one device. Access tokens name it in their {@code sid} claim and die with it. */
@Entity
@Table(name = "auth_session")
class AuthSession {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private Long userId;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant lastUsedAt;

    private Instant expiresAt;

    private Instant revokedAt;

    protected AuthSession() {}

    AuthSession(long userId, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    UUID getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
