package com.loopin.payments;

import java.time.Instant;

/** An order as staff see it in the console's list. */
public record PaymentSummary(
        String id,
        String gatewayOrderId,
        String paymentId,
        String requestId,
        String eventId,
        long userId,
        long hostId,
        int seats,
        long amountPaise,
        long refundedPaise,
        String status,
        Instant holdExpiresAt,
        Instant paidAt,
        Instant createdAt) {

    static PaymentSummary of(PaymentOrder order, Instant now) {
        return new PaymentSummary(
                order.id(),
                order.gatewayOrderId(),
                order.paymentId(),
                order.requestId(),
                order.eventId(),
                order.userId(),
                order.hostId(),
                order.seats(),
                order.amountPaise(),
                order.refundedPaise(),
                order.statusAt(now),
                order.holdExpiresAt(),
                order.paidAt(),
                order.createdAt());
    }
}
