package com.loopin.payments.internal;

import com.loopin.payments.PaymentDetail;
import com.loopin.payments.PaymentGateway.Notice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Razorpay's webhooks read into what this service acts on; every other event is {@link Notice.Ignored}. */
public final class RazorpayWebhooks {

    private static final String ROUTE_PRODUCT = "product.route.";

    private RazorpayWebhooks() {}

    public static Notice read(String eventType, JsonNode event) {
        JsonNode payload = event.path("payload");
        if (eventType.startsWith(ROUTE_PRODUCT)) {
            return activation(event, eventType.substring(ROUTE_PRODUCT.length()));
        }
        if (eventType.startsWith("payment.dispute.")) {
            return dispute(payload);
        }
        return switch (eventType) {
            case "payment.captured", "order.paid" ->
                new Notice.Captured(RazorpayPayments.of(payload.at("/payment/entity")));
            case "refund.processed" ->
                new Notice.RefundSettled(payload.at("/refund/entity/id").asString(), true);
            case "refund.failed" ->
                new Notice.RefundSettled(payload.at("/refund/entity/id").asString(), false);
            case "transfer.processed" -> transfer(payload.at("/transfer/entity"), true);
            case "transfer.failed" -> transfer(payload.at("/transfer/entity"), false);
            default -> new Notice.Ignored();
        };
    }

    /** A linked account's open requirements, as {@code field_reference:reason_code}. */
    static List<String> requirementsOf(JsonNode product) {
        List<String> requirements = new ArrayList<>();
        product.path("requirements")
                .forEach(requirement ->
                        requirements.add(requirement.path("field_reference").asString("") + ":"
                                + requirement.path("reason_code").asString("")));
        return requirements;
    }

    /**
     * {@code product.route.activated}, {@code .under_review}, {@code .needs_clarification}: a host's linked account
     * moved. The account is the product entity's {@code merchant_id}, else the event's {@code account_id}.
     */
    private static Notice activation(JsonNode event, String status) {
        JsonNode product = event.at("/payload/merchant_product/entity");
        String account = product.path("merchant_id").isString()
                ? product.path("merchant_id").asString()
                : event.path("account_id").asString("");
        return new Notice.AccountActivation(account, status, requirementsOf(product));
    }

    /** A Route transfer from a payment ({@code source}) to a linked account; a failed one says why in {@code error}. */
    private static Notice transfer(JsonNode transfer, boolean processed) {
        if (!transfer.path("id").isString()) {
            return new Notice.Ignored();
        }
        JsonNode error = transfer.path("error");
        String reason = processed
                ? null
                : textOrNull(error, "description") != null
                        ? textOrNull(error, "description")
                        : textOrNull(error, "reason");
        String source = transfer.path("source").asString("");
        boolean fromOrder = namesAnOrder(source);
        return new Notice.TransferReported(
                transfer.path("id").asString(),
                fromOrder ? null : source,
                fromOrder ? source : null,
                processed,
                transfer.path("amount").asLong(),
                reason);
    }

    private static Notice dispute(JsonNode payload) {
        JsonNode dispute = payload.at("/dispute/entity");
        long respondBy = dispute.path("respond_by").asLong(0);
        return new Notice.DisputeReported(
                new PaymentDetail.Dispute(
                        dispute.path("id").asString(),
                        dispute.path("payment_id").asString(),
                        dispute.path("amount").asLong(),
                        textOrNull(dispute, "reason_code"),
                        dispute.path("status").asString("open"),
                        textOrNull(dispute, "phase"),
                        respondBy == 0 ? null : Instant.ofEpochSecond(respondBy),
                        null),
                textOrNull(payload.at("/payment/entity"), "order_id"));
    }

    /** A Route transfer's {@code source} is the order or the payment the transfer was made from. */
    static boolean namesAnOrder(String transferSource) {
        return transferSource.startsWith("order_");
    }

    private static String textOrNull(JsonNode node, String field) {
        return node.path(field).isString() ? node.path(field).asString() : null;
    }
}
