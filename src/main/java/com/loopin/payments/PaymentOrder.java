package com.loopin.payments;

import java.time.Instant;

/** An order for a request awaiting payment, as stored; money in paise. */
record PaymentOrder(
        String id,
        String requestId,
        String eventId,
        long userId,
        long hostId,
        int seats,
        long seatPaise,
        long feePaise,
        long feeGstPaise,
        long amountPaise,
        String currency,
        String gateway,
        String gatewayOrderId,
        Status status,
        String paymentId,
        Instant holdExpiresAt,
        String transferAccount,
        Instant transferHoldUntil,
        Instant paidAt,
        long refundedPaise,
        String endedReason,
        Instant createdAt) {

    enum Status {
        PENDING,
        CREATED,
        PAID,
        VOID;

        String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    boolean unpaid() {
        return status == Status.PENDING || status == Status.CREATED;
    }

    long refundable() {
        return amountPaise - refundedPaise;
    }

    /** As guests and staff read it: awaiting_payment, expired, paid, partially_refunded or refunded. */
    String statusAt(Instant now) {
        if (refundedPaise > 0) {
            return refundedPaise >= amountPaise ? "refunded" : "partially_refunded";
        }
        return switch (status) {
            case PAID -> "paid";
            case PENDING, CREATED -> holdExpiresAt.isAfter(now) ? "awaiting_payment" : "expired";
            case VOID -> "expired";
        };
    }
}
