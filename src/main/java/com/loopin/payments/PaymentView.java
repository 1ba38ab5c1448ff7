package com.loopin.payments;

import com.loopin.events.EventView.Checkout;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A payment as its guest sees it. */
public record PaymentView(
        @Schema(example = "po_4fK2m9Xa1Bq7Zr0pLx") String id,

        @Schema(nullable = true, description = "The gateway's order id; null until the gateway made the order")
        String orderId,

        String eventId,
        String requestId,

        @Schema(
                allowableValues = {"awaiting_payment", "paid", "partially_refunded", "refunded", "expired"},
                description = "expired: the seats were let go before a payment came")
        String status,

        int seats,
        @Schema(description = "Per seat, in paise") long seatPaise,

        @Schema(description = "The platform's fee per seat, in paise")
        long feePaise,

        @Schema(description = "GST on the fee per seat, in paise")
        long feeGstPaise,

        @Schema(description = "What the guest pays: (seat + fee + GST) × seats, in paise")
        long amountPaise,

        long refundedPaise,
        @Schema(example = "INR") String currency,

        @Schema(nullable = true, description = "While awaiting payment: what the app's checkout needs")
        Checkout checkout,

        List<RefundLine> refunds,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime paidAt) {

    public record RefundLine(
            String id,
            long amountPaise,

            @Schema(
                    allowableValues = {
                        "event_cancelled",
                        "removed_by_host",
                        "guest_cancelled",
                        "late_payment",
                        "duplicate_payment",
                        "by_staff"
                    })
            String reason,

            @Schema(allowableValues = {"requested", "pending", "processed", "failed"})
            String status,

            OffsetDateTime createdAt) {}

    /** The body of a confirmation: what the gateway's checkout returned to the app. */
    public record Confirmation(
            @Schema(example = "pay_IH4NVgf4Dreq1l") String paymentId,

            @Schema(description = "The checkout's razorpay_signature")
            String signature) {}
}
