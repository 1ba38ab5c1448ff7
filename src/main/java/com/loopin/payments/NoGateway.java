package com.loopin.payments;

import java.util.Map;

/** No gateway configured: paid events are refused before anything would ask it. */
class NoGateway implements PaymentGateway {

    private static final String MESSAGE = "Payments are not configured on this service.";

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public String keyId() {
        return null;
    }

    @Override
    public GatewayOrder createOrder(
            long amountPaise, String currency, String receipt, Map<String, String> notes, Transfer transfer) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public GatewayPayment fetchPayment(String paymentId) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public GatewayRefund refund(
            String paymentId,
            long amountPaise,
            String idempotencyKey,
            boolean reverseTransfer,
            Map<String, String> notes) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public String createLinkedAccount(PayoutDetails details, String referenceId) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public void updateLinkedAccount(String accountId, PayoutDetails details) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public LinkedAccount configureLinkedAccount(String accountId, String productId, PayoutDetails details) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public LinkedAccount linkedAccount(String accountId, String productId) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public java.util.List<SettledItem> settledOn(java.time.LocalDate day) {
        throw new GatewayUnavailableException(MESSAGE);
    }

    @Override
    public boolean checkoutSignatureValid(String orderId, String paymentId, String signature) {
        return false;
    }

    @Override
    public boolean webhookSignatureValid(byte[] body, String signature) {
        return false;
    }

    @Override
    public java.util.Optional<Webhook> webhookOf(tools.jackson.databind.JsonNode body) {
        return java.util.Optional.empty();
    }

    @Override
    public Notice readWebhook(String eventType, tools.jackson.databind.JsonNode event) {
        return new Notice.Ignored();
    }
}
