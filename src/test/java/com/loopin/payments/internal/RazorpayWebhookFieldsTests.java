package com.loopin.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What of a Razorpay webhook is stored: the ids, statuses and amounts acted on, never how the guest paid. */
class RazorpayWebhookFieldsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private static final String CAPTURED_BY_CARD = """
            {"entity": "event", "account_id": "acc_platform", "event": "payment.captured",
             "contains": ["payment"], "created_at": 1765000000,
             "payload": {"payment": {"entity": {"id": "pay_29QQoUBi66xm2f", "entity": "payment", "amount": 52500,
               "currency": "INR", "status": "captured", "order_id": "order_9A33XWu170gUtm", "method": "card",
               "captured": true, "card_id": "card_Fa9rWb3Ss0yqWc",
               "card": {"last4": "1111", "network": "Visa", "name": "Asha Rao", "issuer": "HDFC"},
               "vpa": "asha@okhdfc", "bank": "HDFC", "wallet": null, "email": "asha@example.com",
               "contact": "+919876543210", "notes": {"order_id": "po_1"}, "acquirer_data": {"rrn": "123"}}}}}
            """;

    @Test
    void aCapturedPaymentKeepsItsIdsAmountAndStatusButNotTheCardTheAddressOrTheContact() {
        JsonNode kept = RazorpayWebhookFields.kept(json.readTree(CAPTURED_BY_CARD));

        assertThat(kept.path("event").asString()).isEqualTo("payment.captured");
        assertThat(kept.path("account_id").asString()).isEqualTo("acc_platform");
        JsonNode payment = kept.at("/payload/payment/entity");
        assertThat(payment.path("id").asString()).isEqualTo("pay_29QQoUBi66xm2f");
        assertThat(payment.path("order_id").asString()).isEqualTo("order_9A33XWu170gUtm");
        assertThat(payment.path("amount").asLong()).isEqualTo(52500);
        assertThat(payment.path("status").asString()).isEqualTo("captured");
        assertThat(payment.path("method").asString()).isEqualTo("card");
        String stored = json.writeValueAsString(kept);
        assertThat(stored)
                .doesNotContain("1111", "Visa", "Asha", "asha@", "+919876543210", "card_Fa9rWb3Ss0yqWc", "rrn");
    }

    @Test
    void theGatewaySaysWhichBodiesAreEventsAndNamesThem() {
        assertThat(RazorpayWebhookFields.webhookOf(json.readTree(CAPTURED_BY_CARD)))
                .hasValueSatisfying(webhook -> assertThat(webhook.eventType()).isEqualTo("payment.captured"));
        assertThat(RazorpayWebhookFields.webhookOf(json.readTree("{\"hello\": \"world\"}")))
                .isEmpty();
        assertThat(RazorpayWebhookFields.webhookOf(json.readTree("[1, 2]"))).isEmpty();
        assertThat(RazorpayWebhookFields.webhookOf(null)).isEmpty();
    }

    @Test
    void eachEventNamesTheOrderAndThePaymentItIsAboutAsFarAsItsEntitiesSay() {
        assertThat(names(CAPTURED_BY_CARD)).containsExactly("order_9A33XWu170gUtm", "pay_29QQoUBi66xm2f");
        assertThat(names("""
                        {"event": "refund.processed", "payload": {"refund": {"entity": {"id": "rfnd_1",
                          "payment_id": "pay_2"}}}}""")).containsExactly(null, "pay_2");
        assertThat(names("""
                        {"event": "payment.dispute.created", "payload": {"dispute": {"entity": {"id": "disp_1",
                          "payment_id": "pay_3"}}}}""")).containsExactly(null, "pay_3");
        assertThat(names("""
                        {"event": "transfer.failed", "payload": {"transfer": {"entity": {"id": "trf_1",
                          "source": "order_4"}}}}""")).containsExactly("order_4", null);
        assertThat(names("""
                        {"event": "transfer.processed", "payload": {"transfer": {"entity": {"id": "trf_2",
                          "source": "pay_5"}}}}""")).containsExactly(null, "pay_5");
        assertThat(names("""
                        {"event": "account.activated", "payload": {"account": {"entity": {"id": "acc_1"}}}}""")).containsExactly(null, null);
    }

    private java.util.List<String> names(String body) {
        var webhook = RazorpayWebhookFields.webhookOf(json.readTree(body)).orElseThrow();
        return java.util.Arrays.asList(webhook.gatewayOrderId(), webhook.paymentId());
    }
}
