package com.loopin.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Razorpay stood in for by a local server (orders, refunds, Route's linked accounts, in the shapes of its
 * documentation), and its webhooks as it sends them: signed over the raw body with the webhook secret.
 */
public final class Razorpay {

    public static final String KEY_ID = "rzp_test_loopin0001";
    public static final String KEY_SECRET = "rzp-test-key-secret-0123456789";
    public static final String WEBHOOK_SECRET = "rzp-test-webhook-secret-0123456789";
    public static final String PAN = "ABCPR1234K";
    public static final String ACCOUNT_NUMBER = "123456789012";
    public static final String GUEST_VPA = "asha.guest@okhdfcbank";
    public static final String GUEST_EMAIL = "guest.payer@example.com";

    private Razorpay() {}

    /** A started stand-in that answers with templates (ids made up, amounts echoed). */
    public static WireMockServer start() {
        var server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().globalTemplating(true));
        server.start();
        return server;
    }

    /** The application's settings for the stand-in, as command-line arguments. */
    public static List<String> arguments(WireMockServer server) {
        return List.of(
                "--loopin.payments.razorpay.key-id=" + KEY_ID,
                "--loopin.payments.razorpay.key-secret=" + KEY_SECRET,
                "--loopin.payments.razorpay.webhook-secret=" + WEBHOOK_SECRET,
                "--loopin.payments.razorpay.base-url=" + server.baseUrl(),
                "--loopin.payments.razorpay.timeout=2s",
                "--loopin.payments.work-interval=200ms",
                "--loopin.going.hold-check-interval=200ms");
    }

    /** Orders, refunds and linked accounts answered as Razorpay answers them; linked accounts activated at once. */
    public static void stub(WireMockServer razorpay) {
        razorpay.resetAll();
        razorpay.stubFor(post("/v1/orders").willReturn(json("""
                {"id":"order_{{randomValue length=14 type='ALPHANUMERIC'}}","entity":"order",
                 "amount":{{jsonPath request.body '$.amount'}},"amount_paid":0,
                 "amount_due":{{jsonPath request.body '$.amount'}},"currency":"INR",
                 "receipt":"{{jsonPath request.body '$.receipt'}}","status":"created","attempts":0,"notes":{},
                 "created_at":1765000000}""")));
        razorpay.stubFor(post(urlMatching("/v1/payments/.+/refund")).willReturn(json("""
                {"id":"rfnd_{{randomValue length=14 type='ALPHANUMERIC'}}","entity":"refund",
                 "amount":{{jsonPath request.body '$.amount'}},"currency":"INR",
                 "payment_id":"{{request.pathSegments.[2]}}","status":"pending","speed_requested":"normal"}""")));
        razorpay.stubFor(post("/v2/accounts").willReturn(json("""
                {"id":"acc_{{randomValue length=14 type='ALPHANUMERIC'}}","type":"route","status":"created",
                 "email":"{{jsonPath request.body '$.email'}}"}""")));
        razorpay.stubFor(patch(urlMatching("/v2/accounts/[^/]+")).willReturn(json("""
                {"id":"{{request.pathSegments.[2]}}","type":"route","status":"created"}""")));
        razorpay.stubFor(post(urlMatching("/v2/accounts/[^/]+/stakeholders"))
                .willReturn(json("{\"id\":\"sth_{{randomValue length=14 type='ALPHANUMERIC'}}\"}")));
        razorpay.stubFor(post(urlMatching("/v2/accounts/[^/]+/products")).willReturn(json("""
                {"id":"acc_prd_{{randomValue length=12 type='ALPHANUMERIC'}}","product_name":"route",
                 "activation_status":"requested","requirements":[]}""")));
        razorpay.stubFor(patch(urlMatching("/v2/accounts/[^/]+/products/[^/]+")).willReturn(json("""
                {"id":"{{request.pathSegments.[4]}}","product_name":"route","activation_status":"activated",
                 "requirements":[]}""")));
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A webhook as Razorpay posts it: signed over the raw body, with an event id of its own. */
    public static Api.Response webhook(Api api, String eventId, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return api.send(api.request("/api/payments/webhook", null)
                .header("Content-Type", "application/json")
                .header("X-Razorpay-Signature", sign(WEBHOOK_SECRET, bytes))
                .header("X-Razorpay-Event-Id", eventId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    public static String captured(String paymentId, String orderId, long amount) {
        return event(
                "payment.captured",
                "[\"payment\"]",
                "\"payment\":{\"entity\":" + paymentEntity(paymentId, orderId, amount, "captured") + "}");
    }

    public static String failed(String paymentId, String orderId, long amount) {
        return event(
                "payment.failed",
                "[\"payment\"]",
                "\"payment\":{\"entity\":" + paymentEntity(paymentId, orderId, amount, "failed") + "}");
    }

    /** Route's transfer of a payment to a linked account: processed, or failed when {@code failure} is given. */
    public static String transfer(String transferId, String paymentId, long amount, String failure) {
        String error = failure == null
                ? "{\"code\":null,\"description\":null,\"reason\":null}"
                : "{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"" + failure
                        + "\",\"reason\":\"account_suspended\"}";
        return event(
                failure == null ? "transfer.processed" : "transfer.failed",
                "[\"transfer\"]",
                "\"transfer\":{\"entity\":{\"id\":\"" + transferId + "\",\"entity\":\"transfer\",\"transfer_status\":\""
                        + (failure == null ? "processed" : "failed") + "\",\"settlement_status\":null,\"source\":\""
                        + paymentId + "\",\"recipient\":\"acc_HQVlm3bnPmccC0\",\"amount\":" + amount
                        + ",\"currency\":\"INR\",\"amount_reversed\":0,\"error\":" + error
                        + ",\"on_hold\":true,\"on_hold_until\":1766000000,\"processed_at\":1765000000}}");
    }

    public static String orderPaid(String paymentId, String orderId, long amount) {
        return event(
                "order.paid",
                "[\"payment\",\"order\"]",
                "\"payment\":{\"entity\":" + paymentEntity(paymentId, orderId, amount, "captured") + "},"
                        + "\"order\":{\"entity\":{\"id\":\"" + orderId + "\",\"entity\":\"order\",\"amount\":" + amount
                        + ",\"amount_paid\":" + amount
                        + ",\"amount_due\":0,\"currency\":\"INR\",\"status\":\"paid\"}}");
    }

    public static String event(String type, String contains, String payload) {
        return "{\"entity\":\"event\",\"account_id\":\"acc_BFQ7uQEaa7j2z7\",\"event\":\"" + type + "\",\"contains\":"
                + contains + ",\"payload\":{" + payload + "},\"created_at\":1765000000}";
    }

    /** A payment entity with everything Razorpay says of how the guest paid (which the service must not keep). */
    public static String paymentEntity(String paymentId, String orderId, long amount, String status) {
        return "{\"id\":\"" + paymentId + "\",\"entity\":\"payment\",\"amount\":" + amount
                + ",\"currency\":\"INR\",\"status\":\"" + status + "\",\"order_id\":\"" + orderId
                + "\",\"method\":\"upi\",\"captured\":" + "captured".equals(status) + ",\"vpa\":\"" + GUEST_VPA
                + "\",\"email\":\"" + GUEST_EMAIL + "\",\"contact\":\"+919812345678\",\"card\":{\"last4\":\"4242\","
                + "\"network\":\"Visa\",\"name\":\"Guest Card Holder\"},\"bank\":\"HDFC\","
                + "\"acquirer_data\":{\"rrn\":\"123456789012\",\"upi_transaction_id\":\"UPI998877\"},"
                + "\"created_at\":1765000000}";
    }

    /** What the app's checkout returns: the signature over {@code order_id|payment_id} with the key secret. */
    public static String checkoutSignature(String orderId, String paymentId) {
        return sign(KEY_SECRET, (orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    /** Razorpay's scheme, written here independently: hex HMAC-SHA256. */
    public static String sign(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A host's payout account, every field valid. */
    public static Map<String, Object> validAccount() {
        Map<String, Object> body = new HashMap<>();
        body.put("legal_name", "Asha Rao");
        body.put("beneficiary_name", "Asha Rao");
        body.put("business_type", "individual");
        body.put("pan", PAN);
        body.put("bank_account_number", ACCOUNT_NUMBER);
        body.put("ifsc", "hdfc0001234");
        body.put("email", "asha@example.com");
        body.put("phone", "+91 98765 43210");
        body.put(
                "address",
                Map.of("street", "12 MG Road", "city", "Pune", "state", "Maharashtra", "postal_code", "411001"));
        body.put("accept_terms", true);
        return body;
    }

    public static Api.Response payoutAccount(Api api, String token, Map<String, Object> body) {
        return api.send(api.request("/api/me/payout-account", token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        new tools.jackson.databind.ObjectMapper().writeValueAsString(body)))
                .build());
    }
}
