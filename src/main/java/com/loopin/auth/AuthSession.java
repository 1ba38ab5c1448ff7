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

    private Instant revokedAt;

    protected AuthSession() {}

    AuthSession(long userId, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    UUID getId() {
        return id;
    }
}
