package com.loopin.payments;

import java.time.Instant;

/** A host's payout account as stored: the gateway's linked account and what the host may see of their details. */
record PayoutAccount(
        long userId,
        String linkedAccountId,
        String productId,
        String status,
        String requirements,
        String legalName,
        String beneficiaryName,
        String businessType,
        String email,
        String phone,
        String panLast4,
        String bankLast4,
        String ifsc,
        String street,
        String city,
        String state,
        String postalCode,
        Instant termsAcceptedAt,
        Instant updatedAt) {

    static final String ACTIVATED = "activated";

    boolean activated() {
        return ACTIVATED.equals(status) && linkedAccountId != null;
    }
}
