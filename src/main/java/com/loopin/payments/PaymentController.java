package com.loopin.payments;

import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Payments")
class PaymentController {

    private final PaymentService payments;
    private final GatewayWebhooks webhooks;
    private final PayoutAccounts payouts;
    private final Earnings earnings;
    private final Receipts receipts;

    PaymentController(
            PaymentService payments,
            GatewayWebhooks webhooks,
            PayoutAccounts payouts,
            Earnings earnings,
            Receipts receipts) {
        this.receipts = receipts;
        this.payments = payments;
        this.webhooks = webhooks;
        this.payouts = payouts;
        this.earnings = earnings;
    }

    @Operation(
            operationId = "putPayoutAccount",
            summary = "Register (or correct) the host's payout account",
            description = "The host's share of each payment is transferred to this account at the gateway (Razorpay "
                    + "Route), held until the event is over plus HOST_PAYOUT_HOLD_HOURS. Answered masked: the bank "
                    + "account number is never stored (the gateway keeps it), the PAN only sealed. `status` activated "
                    + "lets paid events be published (409 PAYOUT_ACCOUNT_REQUIRED before); needs_clarification lists "
                    + "`requirements`. Sent again, the new details go to the same account at the gateway; its "
                    + "business_type and email cannot change there (400 naming the field). 503 "
                    + "PAYMENT_GATEWAY_UNAVAILABLE: send it again, it goes on where it stopped.")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.PAID_EVENTS_UNAVAILABLE, ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE})
    @PutMapping(
            path = "/api/me/payout-account",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<PayoutViews.PayoutAccountView> putPayoutAccount(
            @AuthenticationPrincipal Caller caller, @RequestBody PayoutViews.PayoutAccountBody body) {
        return ApiEnvelope.ok("Payout account saved", payouts.register(caller, body));
    }

    @Operation(operationId = "getPayoutAccount", summary = "The host's payout account, masked (null when none)")
    @SecurityRequirement(name = "bearer")
    @GetMapping(path = "/api/me/payout-account", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<PayoutViews.PayoutAccountView> getPayoutAccount(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Payout account", payouts.mine(caller).orElse(null));
    }

    @Operation(
            operationId = "myEarnings",
            summary = "The host's money per paid event",
            description = "From the ledger: what guests paid, the platform's fee with its GST, refunds, the host's "
                    + "share less what refunds took back or a failed transfer kept, and whether the gateway still "
                    + "holds it (payout transfer_failed: the gateway could not transfer a payment's share; staff "
                    + "transfer it again).")
    @SecurityRequirement(name = "bearer")
    @GetMapping(path = "/api/me/earnings", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<PayoutViews.EventEarnings>> earnings(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Earnings", earnings.of(caller));
    }

    @Operation(
            operationId = "confirmPayment",
            summary = "Confirm a payment after the gateway's checkout",
            description = "With what the checkout returned (razorpay_payment_id, razorpay_signature). The signature is "
                    + "checked against the order we made (400 PAYMENT_SIGNATURE_INVALID, never 401), then the gateway "
                    + "is asked: the ticket exists only once it reports the payment captured (status `paid`). A "
                    + "payment that came after the seats were let go is refunded in full (status `refunded`). 503 "
                    + "PAYMENT_GATEWAY_UNAVAILABLE: the gateway's webhook will finish it; read GET /api/me/payments.")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.PAYMENT_SIGNATURE_INVALID,
        ErrorCode.PAYMENT_NOT_FOUND,
        ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE
    })
    @PostMapping(
            path = "/api/payments/{orderId:[0-9A-Za-z_]{1,40}}/confirm",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<PaymentView> confirm(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String orderId,
            @RequestBody PaymentView.Confirmation body) {
        PaymentView payment = payments.confirm(caller, orderId, body);
        return ApiEnvelope.ok(
                switch (payment.status()) {
                    case "paid" -> "Payment received: your ticket is ready";
                    case "refunded", "partially_refunded", "expired" ->
                        "The seats were no longer held: the payment is refunded";
                    default -> "Payment not captured yet: it will be confirmed shortly";
                },
                payment);
    }

    @Operation(
            operationId = "myPayments",
            summary = "The caller's payments, latest first",
            description = "An order awaiting payment carries `checkout` (made now if the host's yes left it without "
                    + "one; null when the gateway cannot be reached: ask again).")
    @SecurityRequirement(name = "bearer")
    @GetMapping(path = "/api/me/payments", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<PaymentView>> mine(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Payments", payments.mine(caller));
    }

    @Operation(
            operationId = "paymentReceipt",
            summary = "The receipt of one of the caller's payments",
            description = "The seats (collected for the host), the platform's fee and the GST on it under the "
                    + "platform's GSTIN, the total and what was refunded. 404 PAYMENT_NOT_FOUND until it is paid.")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({ErrorCode.PAYMENT_NOT_FOUND})
    @GetMapping(path = "/api/me/payments/{id:po_[0-9A-Za-z]{17}}/receipt", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Receipts.Receipt> receipt(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return ApiEnvelope.ok("Receipt", receipts.of(caller, id));
    }

    @Operation(
            operationId = "paymentWebhook",
            summary = "The gateway's webhook (signed with X-Razorpay-Signature)",
            description = "Answers 200 once the event is kept (each X-Razorpay-Event-Id once); it is processed after "
                    + "that. 400 WEBHOOK_SIGNATURE_INVALID when the signature does not match the raw body.")
    @ApiErrors({ErrorCode.WEBHOOK_SIGNATURE_INVALID, ErrorCode.MALFORMED_REQUEST})
    @PostMapping(path = "/api/payments/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Void> webhook(
            @RequestBody byte[] body,
            @RequestHeader(name = "X-Razorpay-Signature", required = false) String signature,
            @RequestHeader(name = "X-Razorpay-Event-Id", required = false) String eventId) {
        webhooks.receive(body, signature, eventId);
        return ApiEnvelope.ok("Received", null);
    }
}
