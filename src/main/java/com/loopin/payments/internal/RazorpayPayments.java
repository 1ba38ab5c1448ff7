package com.loopin.payments.internal;

import com.loopin.payments.PaymentGateway.GatewayPayment;
import tools.jackson.databind.JsonNode;

/** Razorpay's payment entity, as its API answers it and as its webhooks carry it. */
public final class RazorpayPayments {

    private RazorpayPayments() {}

    public static GatewayPayment of(JsonNode payment) {
        return new GatewayPayment(
                payment.path("id").asString(),
                payment.path("order_id").isString() ? payment.path("order_id").asString() : null,
                payment.path("status").asString(),
                payment.path("amount").asLong(),
                payment.path("currency").isString() ? payment.path("currency").asString() : "INR");
    }
}
