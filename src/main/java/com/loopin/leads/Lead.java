package com.loopin.leads;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Written only through {@link LeadRepository}'s atomic statements, so parallel requests never lose a count. */
@Entity
@Table(name = "phone_lead")
class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 16)
    private String phoneNumber;

    @Column(length = 64)
    private String phoneHash;

    @Column(name = "is_test", nullable = false)
    private boolean test;

    private Instant deletedAt;

    @Column(length = 64)
    private String lastMessageId;

    @Column(length = 20)
    private String deliveryStatus;

    @Column(length = 20)
    private String deliveryError;

    private Instant deliveryUpdatedAt;

    @Column(nullable = false)
    private Instant firstRequestedAt;

    @Column(nullable = false)
    private Instant lastRequestedAt;

    @Column(nullable = false)
    private int codesSent;

    @Column(nullable = false)
    private int failedAttempts;

    @Column(name = "is_verified", nullable = false)
    private boolean verified;

    private Instant verifiedAt;

    @Column(length = 100)
    private String verifiedBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected Lead() {}

    /** Staff converted the lead by hand; false when it was already verified. */
    boolean markVerifiedBy(String staff, Instant now) {
        if (verified) {
            return false;
        }
        verified = true;
        verifiedAt = now;
        verifiedBy = staff;
        updatedAt = now;
        return true;
    }

    LeadView view() {
        return new LeadView(
                id,
                phoneNumber,
                firstRequestedAt,
                lastRequestedAt,
                codesSent,
                failedAttempts,
                verified,
                verifiedAt,
                verifiedBy,
                test,
                deletedAt,
                deliveryStatus,
                deliveryError);
    }
}
