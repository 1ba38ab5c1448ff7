package com.loopin.payments.internal;

import com.loopin.payments.PaymentGateway;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What of a Razorpay event is kept: the envelope and, of each entity, only the ids, statuses and amounts the service
 * acts on or staff read. A payment entity also carries how the guest paid — the card's network and last digits,
 * the UPI address, the bank, their email and phone — and none of that is stored.
 */
final class RazorpayWebhookFields {

    private static final Set<String> ENVELOPE = Set.of("entity", "account_id", "event", "contains", "created_at");
    private static final Set<String> ENTITY = Set.of(
            "id",
            "entity",
            "order_id",
            "payment_id",
            "merchant_id",
            "account_id",
            "status",
            "activation_status",
            "amount",
            "amount_paid",
            "amount_due",
            "amount_refunded",
            "currency",
            "method",
            "captured",
            "refund_status",
            "speed_processed",
            "error_code",
            "error_reason",
            "reason_code",
            "phase",
            "respond_by",
            "amount_deducted",
            "requirements",
            "source",
            "recipient",
            "transfer_status",
            "settlement_status",
            "recipient_settlement_id",
            "on_hold",
            "on_hold_until",
            "error",
            "created_at");

    private RazorpayWebhookFields() {}

    /** A Razorpay event (an object naming its {@code event}) as it is kept; empty for anything else. */
    static Optional<PaymentGateway.Webhook> webhookOf(JsonNode body) {
        if (body == null || !body.isObject() || !body.path("event").isString()) {
            return Optional.empty();
        }
        JsonNode payload = body.path("payload");
        String source = text(payload.at("/transfer/entity"), "source");
        boolean fromOrder = source != null && RazorpayWebhooks.namesAnOrder(source);
        String orderId = first(
                text(payload.at("/payment/entity"), "order_id"),
                text(payload.at("/order/entity"), "id"),
                fromOrder ? source : null);
        String paymentId = first(
                text(payload.at("/payment/entity"), "id"),
                text(payload.at("/refund/entity"), "payment_id"),
                text(payload.at("/dispute/entity"), "payment_id"),
                fromOrder ? null : source);
        return Optional.of(new PaymentGateway.Webhook(body.path("event").asString(), kept(body), orderId, paymentId));
    }

    private static String text(JsonNode entity, String field) {
        JsonNode value = entity.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static ObjectNode kept(JsonNode event) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        ENVELOPE.forEach(field -> {
            if (event.has(field)) {
                kept.set(field, event.get(field));
            }
        });
        ObjectNode payload = kept.putObject("payload");
        event.path("payload").properties().forEach(entry -> {
            JsonNode entity = entry.getValue().path("entity");
            ObjectNode keptEntity = payload.putObject(entry.getKey()).putObject("entity");
            ENTITY.forEach(field -> {
                if (entity.has(field)) {
                    keptEntity.set(field, entity.get(field));
                }
            });
        });
        return kept;
    }
}
