package com.loopin.payments;

import java.time.Instant;
import java.util.List;

/** An order's page in the console: its price, refunds, ledger rows and what the gateway told us about it. */
public record PaymentDetail(
        PaymentSummary order,
        long seatPaise,
        long feePaise,
        long feeGstPaise,
        long refundablePaise,
        String endedReason,
        HostTransfer transfer,
        List<Refund> refunds,
        List<LedgerLine> ledger,
        List<GatewayEvent> gatewayEvents,
        List<Dispute> disputes) {

    public record Refund(
            String id,
            long amountPaise,
            String reason,
            String status,
            String requestedBy,
            String note,
            String lastError,
            Instant createdAt) {}

    /**
     * The transfer of the host's share as the gateway last reported it: {@code status} processed or failed (with
     * {@code error}). Null until the gateway reports one.
     */
    public record HostTransfer(String id, String status, String error, Instant updatedAt) {}

    public record LedgerLine(
            Instant at, String orderId, String eventId, String kind, long amountPaise, String reference) {}

    /** A chargeback the gateway reported: {@code status} open, under_review, won, lost or closed. */
    public record Dispute(
            String id,
            String paymentId,
            long amountPaise,
            String reasonCode,
            String status,
            String phase,
            Instant respondBy,
            Instant updatedAt) {}

    public record GatewayEvent(
            String eventId, String type, Instant receivedAt, Instant processedAt, String lastError) {}
}
