package com.loopin.payments.internal;

import com.loopin.payments.GatewayUnavailableException;
import com.loopin.payments.PaymentGateway;
import com.loopin.payments.PaymentProperties;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Razorpay's REST API on Spring's {@code RestClient}, at a configurable address ({@code RAZORPAY_BASE_URL}): its
 * Java SDK has a fixed host and a static client, so it could not be pointed at a stand-in. Basic auth with the key id
 * and secret; amounts in paise; refunds with {@code X-Refund-Idempotency}.
 */
public class RazorpayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(RazorpayGateway.class);
    private static final String UNAVAILABLE = "The payment service is not answering. Please try again in a moment.";

    private final PaymentProperties.Razorpay settings;
    private final RestClient http;
    private final JsonMapper json;

    public RazorpayGateway(PaymentProperties.Razorpay settings, JsonMapper json) {
        requireSet(settings.keySecret(), "RAZORPAY_KEY_SECRET");
        requireSet(settings.webhookSecret(), "RAZORPAY_WEBHOOK_SECRET");
        this.settings = settings;
        this.json = json;
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build());
        requests.setReadTimeout(settings.timeout());
        String credentials = settings.keyId() + ":" + settings.keySecret();
        this.http = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(settings.baseUrl())
                .defaultHeader(
                        HttpHeaders.AUTHORIZATION,
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public String name() {
        return "razorpay";
    }

    @Override
    public String keyId() {
        return settings.keyId();
    }

    @Override
    public GatewayOrder createOrder(
            long amountPaise, String currency, String receipt, Map<String, String> notes, Transfer transfer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amountPaise);
        body.put("currency", currency);
        body.put("receipt", receipt);
        body.put("notes", notes);
        if (transfer != null) {
            // Route: the host's share goes to their linked account once captured, held until the event is over;
            // the rest (the fee and its GST) stays with the platform
            body.put(
                    "transfers",
                    List.of(Map.of(
                            "account", transfer.accountId(),
                            "amount", transfer.amountPaise(),
                            "currency", currency,
                            "notes", Map.of("order_id", receipt),
                            "on_hold", true,
                            "on_hold_until", transfer.holdUntil().getEpochSecond())));
        }
        JsonNode order = call("create an order", http.post().uri("/v1/orders").body(body));
        return new GatewayOrder(
                order.path("id").asString(), order.path("status").asString());
    }

    @Override
    public GatewayPayment fetchPayment(String paymentId) {
        return RazorpayPayments.of(call("read a payment", http.get().uri("/v1/payments/{id}", paymentId)));
    }

    @Override
    public GatewayRefund refund(
            String paymentId,
            long amountPaise,
            String idempotencyKey,
            boolean reverseTransfer,
            Map<String, String> notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amountPaise);
        body.put("speed", "normal");
        body.put("receipt", idempotencyKey);
        body.put("notes", notes);
        if (reverseTransfer) {
            body.put("reverse_all", true); // the host's transfer is taken back first (one linked account per order)
        }
        JsonNode refund = call(
                "refund a payment",
                http.post()
                        .uri("/v1/payments/{id}/refund", paymentId)
                        .header("X-Refund-Idempotency", idempotencyKey)
                        .body(body));
        return new GatewayRefund(
                refund.path("id").asString(), refund.path("status").asString());
    }

    @Override
    public String createLinkedAccount(PayoutDetails details, String referenceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", details.email());
        body.put("type", "route");
        body.put("reference_id", referenceId);
        body.put("business_type", details.businessType());
        body.putAll(accountDetails(details));
        return call("create a linked account", http.post().uri("/v2/accounts").body(body))
                .path("id")
                .asString();
    }

    @Override
    public void updateLinkedAccount(String accountId, PayoutDetails details) {
        call(
                "update a linked account",
                http.patch().uri("/v2/accounts/{id}", accountId).body(accountDetails(details)));
    }

    /** The account's fields its host may change: all but the email and the business type. */
    private static Map<String, Object> accountDetails(PayoutDetails details) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street1", details.street());
        address.put("city", details.city());
        address.put("state", details.state());
        address.put("postal_code", details.postalCode());
        address.put("country", "IN");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", details.phone());
        body.put("legal_business_name", details.legalName());
        body.put("contact_name", details.beneficiaryName());
        body.put(
                "profile",
                Map.of("category", "others", "subcategory", "others", "addresses", Map.of("registered", address)));
        body.put("legal_info", Map.of("pan", details.pan()));
        return body;
    }

    @Override
    public LinkedAccount configureLinkedAccount(String accountId, String productId, PayoutDetails details) {
        String product = productId;
        if (product == null) {
            call(
                    "add a stakeholder",
                    http.post()
                            .uri("/v2/accounts/{id}/stakeholders", accountId)
                            .body(Map.of(
                                    "name", details.beneficiaryName(),
                                    "email", details.email(),
                                    "kyc", Map.of("pan", details.pan()))));
            product = call(
                            "request the Route product",
                            http.post()
                                    .uri("/v2/accounts/{id}/products", accountId)
                                    .body(Map.of("product_name", "route", "tnc_accepted", true)))
                    .path("id")
                    .asString();
        }
        JsonNode configured = call(
                "set the settlement account",
                http.patch()
                        .uri("/v2/accounts/{id}/products/{product}", accountId, product)
                        .body(Map.of(
                                "settlements",
                                Map.of(
                                        "account_number", details.bankAccountNumber(),
                                        "ifsc_code", details.ifsc(),
                                        "beneficiary_name", details.beneficiaryName()),
                                "tnc_accepted",
                                true)));
        return linkedAccount(accountId, product, configured);
    }

    @Override
    public LinkedAccount linkedAccount(String accountId, String productId) {
        return linkedAccount(
                accountId,
                productId,
                call(
                        "read a linked account",
                        http.get().uri("/v2/accounts/{id}/products/{product}", accountId, productId)));
    }

    @Override
    public List<SettledItem> settledOn(java.time.LocalDate day) {
        List<SettledItem> items = new java.util.ArrayList<>();
        int page = 1000;
        for (int skip = 0; ; skip += page) {
            int from = skip;
            JsonNode report = call(
                    "read the settlement report",
                    http.get()
                            .uri(uri -> uri.path("/v1/settlements/recon/combined")
                                    .queryParam("year", day.getYear())
                                    .queryParam("month", day.getMonthValue())
                                    .queryParam("day", day.getDayOfMonth())
                                    .queryParam("count", page)
                                    .queryParam("skip", from)
                                    .build()));
            JsonNode lines = report.path("items");
            lines.forEach(line -> items.add(new SettledItem(
                    line.path("entity_id").asString(""),
                    line.path("type").asString(""),
                    line.path("order_id").isString() ? line.path("order_id").asString() : null,
                    line.path("amount").asLong(),
                    line.path("fee").asLong(),
                    line.path("tax").asLong(),
                    line.path("settlement_id").isString()
                            ? line.path("settlement_id").asString()
                            : null)));
            if (lines.size() < page) {
                return items;
            }
        }
    }

    private static LinkedAccount linkedAccount(String accountId, String productId, JsonNode product) {
        return new LinkedAccount(
                accountId,
                productId,
                product.path("activation_status").asString("requested"),
                RazorpayWebhooks.requirementsOf(product));
    }

    @Override
    public boolean checkoutSignatureValid(String orderId, String paymentId, String signature) {
        return HmacSignatures.checkoutValid(settings.keySecret(), orderId, paymentId, signature);
    }

    @Override
    public boolean webhookSignatureValid(byte[] body, String signature) {
        return HmacSignatures.webhookValid(settings.webhookSecret(), body, signature);
    }

    @Override
    public java.util.Optional<Webhook> webhookOf(JsonNode body) {
        return RazorpayWebhookFields.webhookOf(body);
    }

    @Override
    public Notice readWebhook(String eventType, JsonNode event) {
        return RazorpayWebhooks.read(eventType, event);
    }

    private JsonNode call(String what, RestClient.RequestHeadersSpec<?> request) {
        try {
            if (request instanceof RestClient.RequestBodySpec withBody) {
                withBody.contentType(MediaType.APPLICATION_JSON);
            }
            return request.exchange((sent, response) -> answer(
                    what,
                    response.getStatusCode(),
                    new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
        } catch (ResourceAccessException e) {
            log.warn("Razorpay could not be reached to {}: {}", what, e.getMessage());
            throw new GatewayUnavailableException(UNAVAILABLE);
        }
    }

    private JsonNode answer(String what, HttpStatusCode status, String body) {
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (RuntimeException e) {
            answer = null;
        }
        if (status.is2xxSuccessful() && answer != null) {
            return answer;
        }
        String code = answer == null ? "" : answer.at("/error/code").asString("");
        String description =
                answer == null ? "" : answer.at("/error/description").asString("");
        if (status.is4xxClientError() && status.value() != 429) {
            log.error("Razorpay refused to {}: {} {} {}", what, status.value(), code, description);
        } else {
            log.warn("Razorpay failed to {}: {} {} {}", what, status.value(), code, description);
        }
        throw new GatewayUnavailableException(UNAVAILABLE);
    }

    private static void requireSet(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("RAZORPAY_KEY_ID is set, so " + name + " must be set too");
        }
    }
}
