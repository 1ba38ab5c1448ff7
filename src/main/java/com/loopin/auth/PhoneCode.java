package com.loopin.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The code currently valid for a number (one row per number). Changed only by {@link PhoneCodeRepository}'s
 * conditional updates, which is what makes a code single-use across threads and instances.
 */
@Entity
@Table(name = "phone_code")
class PhoneCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String phoneNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CodePurpose purpose;

    @Column(nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant consumedAt;

    protected PhoneCode() {}

    Long getId() {
        return id;
    }

    CodePurpose getPurpose() {
        return purpose;
    }

    String getCodeHash() {
        return codeHash;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isConsumed() {
        return consumedAt != null;
    }
}
