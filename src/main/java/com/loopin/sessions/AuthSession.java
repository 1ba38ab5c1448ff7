package com.loopin.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** One login on one device. Access tokens name it in their {@code sid} claim and die with it. */
@Entity
@Table(name = "auth_session")
class AuthSession implements Persistable<UUID> {

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

    /** Ids are made here, so Spring Data cannot tell a new session by its id: without this, save() would select first. */
    @Transient
    private boolean isNew;

    protected AuthSession() {}

    AuthSession(long userId, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.createdAt = now;
        this.lastUsedAt = now;
        this.expiresAt = expiresAt;
        this.isNew = true;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostPersist
    @PostLoad
    void notNew() {
        this.isNew = false;
    }

    boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
