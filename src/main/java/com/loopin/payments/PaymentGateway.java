package com.loopin.payments;

import java.util.Map;

/**
 * A payment gateway as this service uses it: orders for the app's checkout, payments read back, refunds, and the
 * signatures of its callbacks. Every call may fail with {@link GatewayUnavailableException}; none is made with a
 * transaction open.
 */
public interface PaymentGateway {

    /** Whether keys are configured: without them paid events are refused. */
    boolean configured();

    String name();

    /** The public key id the app's checkout needs. */
    String keyId();

    /**
     * @param receipt our order id; {@code notes} our ids, shown on the gateway's dashboard
     * @param transfer the host's share, transferred to their linked account once the payment is captured, held
     */
    GatewayOrder createOrder(
            long amountPaise, String currency, String receipt, Map<String, String> notes, Transfer transfer);

    GatewayPayment fetchPayment(String paymentId);

    /**
     * Refunds part or all of a captured payment; a retry with the same key refunds once.
     *
     * @return the gateway's refund id and its status ({@code pending}, {@code processed}, {@code failed})
     */
    GatewayRefund refund(
            String paymentId,
            long amountPaise,
            String idempotencyKey,
            boolean reverseTransfer,
            Map<String, String> notes);

    /** The linked account's first step: the account itself (business, contact, address, PAN). */
    String createLinkedAccount(PayoutDetails details, String referenceId);

    /**
     * The account's details changed by its host: legal name, contact, phone, address and PAN (the gateway takes no
     * change of business type or email).
     */
    void updateLinkedAccount(String accountId, PayoutDetails details);

    /** The next steps: a stakeholder, the marketplace product with its terms accepted, the bank settlement. */
    LinkedAccount configureLinkedAccount(String accountId, String productId, PayoutDetails details);

    /** Where the linked account's activation stands now. */
    LinkedAccount linkedAccount(String accountId, String productId);

    /** Every transaction the gateway settled on this day (its settlement reconciliation report). */
    java.util.List<SettledItem> settledOn(java.time.LocalDate day);

    /** The app's checkout callback: the signature over {@code order_id|payment_id}, compared in constant time. */
    boolean checkoutSignatureValid(String orderId, String paymentId, String signature);

    /** A webhook: the signature over the raw body, compared in constant time. */
    boolean webhookSignatureValid(byte[] body, String signature);

    /**
     * A webhook's body as it is kept: the gateway's event name and only the fields this service acts on or staff read
     * (never how the guest paid); empty when the body is not one of the gateway's events.
     */
    java.util.Optional<Webhook> webhookOf(tools.jackson.databind.JsonNode body);

    /**
     * @param eventType the gateway's event name; {@code kept} what of the body is stored
     * @param gatewayOrderId the gateway order the event is about, when it names one
     * @param paymentId the payment the event is about, when it names one (staff find an order's webhooks by both)
     */
    record Webhook(String eventType, tools.jackson.databind.JsonNode kept, String gatewayOrderId, String paymentId) {}

    /**
     * What a webhook the gateway sent says, in this service's terms: the adapter reads the gateway's shapes.
     *
     * @param eventType the gateway's event name, as stored with the webhook
     */
    Notice readWebhook(String eventType, tools.jackson.databind.JsonNode event);

    /** What a webhook asks of this service; anything else is {@link Ignored}. */
    sealed interface Notice {
        /** A payment captured (also an order paid): the ticket, if the order still wants it. */
        record Captured(GatewayPayment payment) implements Notice {}

        /** A refund the gateway took has gone through, or has failed. */
        record RefundSettled(String refundId, boolean processed) implements Notice {}

        /** A host's linked account moved: activated, under review, needing clarification (with what). */
        record AccountActivation(String accountId, String status, java.util.List<String> requirements)
                implements Notice {}

        /** A chargeback opened or moved, on a payment of this gateway order (if the gateway says which). */
        record DisputeReported(PaymentDetail.Dispute dispute, String gatewayOrderId) implements Notice {}

        /**
         * The host's share was transferred to their linked account ({@code processed}) or could not be ({@code
         * reason}).
         *
         * @param paymentId the payment the transfer was made from, or null when the gateway names its order instead
         */
        record TransferReported(
                String transferId,
                String paymentId,
                String gatewayOrderId,
                boolean processed,
                long amountPaise,
                String reason)
                implements Notice {}

        record Ignored() implements Notice {}
    }

    record GatewayOrder(String id, String status) {}

    /** A payment as the gateway holds it: {@code status} created, authorized, captured, refunded or failed. */
    record GatewayPayment(String id, String orderId, String status, long amountPaise, String currency) {

        public boolean captured() {
            return "captured".equals(status) || "refunded".equals(status);
        }
    }

    record GatewayRefund(String id, String status) {}

    /**
     * One line of a settlement: a payment, refund, transfer or adjustment ({@code type}), its amount, the gateway's
     * fee and tax on it, and the settlement it went out in.
     */
    record SettledItem(
            String entityId,
            String type,
            String orderId,
            long amountPaise,
            long feePaise,
            long taxPaise,
            String settlementId) {}

    /** @param holdUntil the transfer settles to the host only after this (the event's end and the payout hold) */
    record Transfer(String accountId, long amountPaise, java.time.Instant holdUntil) {}

    /** @param status the gateway's activation status: requested, under_review, needs_clarification, activated, … */
    record LinkedAccount(String accountId, String productId, String status, java.util.List<String> requirements) {}

    /** What a host gives once to be paid; sent to the gateway, never logged. */
    record PayoutDetails(
            String legalName,
            String beneficiaryName,
            String businessType,
            String pan,
            String bankAccountNumber,
            String ifsc,
            String email,
            String phone,
            String street,
            String city,
            String state,
            String postalCode) {

        @Override
        public String toString() {
            return "PayoutDetails[" + legalName + "]";
        }
    }
}
