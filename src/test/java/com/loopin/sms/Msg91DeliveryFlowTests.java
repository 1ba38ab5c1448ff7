package com.loopin.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.support.Api;
import com.loopin.support.TestPhones;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application sending through MSG91 (a local stand-in of its API) with a DLT registration. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Msg91DeliveryFlowTests {

    static final String AUTH_KEY = "msg91-test-auth-key";
    static final String REPORT_TOKEN = "msg91-report-token-0123456789";
    static final String TEMPLATE =
            "Your Loopin verification code is: {#numeric#}. This code expires in {#numeric#} minutes.";
    static final WireMockServer msg91 =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        msg91.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("loopin.sms.provider", () -> "msg91");
        registry.add("loopin.sms.msg91.auth-key", () -> AUTH_KEY);
        registry.add("loopin.sms.msg91.base-url", msg91::baseUrl);
        registry.add("loopin.sms.msg91.report-token", () -> REPORT_TOKEN);
        registry.add("loopin.sms.max-attempts", () -> "1");
        registry.add("loopin.sms.dlt.entity-id", () -> "1101234567890123456");
        registry.add("loopin.sms.dlt.sender-id", () -> "LOOPIN");
        for (String kind : new String[] {"signup", "login", "staff-resend"}) {
            registry.add("loopin.sms.dlt.templates." + kind + ".id", () -> "11070000000000000" + kind.length());
            registry.add("loopin.sms.dlt.templates." + kind + ".text", () -> TEMPLATE);
        }
    }

    @AfterAll
    static void stop() {
        msg91.stop();
    }

    @LocalServerPort
    int port;

    Api api;
    String requestId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        msg91.resetAll();
        requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        msg91.stubFor(post("/api/v2/sendsms")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"type\":\"success\",\"message\":\"" + requestId + "\"}")));
    }

    @Test
    void theMessageGoesWithItsDltTemplateIdHeaderAndRouteAndVerifies() {
        String number = TestPhones.newIndianMobile();

        var sent = api.post("/api/auth/signup", phone(number));

        assertThat(sent.status()).isEqualTo(200);
        String body = "Your Loopin verification code is: " + sentCode() + ". This code expires in 10 minutes.";
        msg91.verify(postRequestedFor(urlEqualTo("/api/v2/sendsms"))
                .withHeader("authkey", equalTo(AUTH_KEY))
                .withRequestBody(equalToJson("""
                        {"sender": "LOOPIN", "route": "4", "country": "91", "unicode": 0,
                         "DLT_TE_ID": "110700000000000006",
                         "sms": [{"message": "%s", "to": ["%s"]}]}""".formatted(body, number.substring(3)))));
        assertThat(api.post("/api/auth/verify-otp", code(number, sentCode())).status())
                .isEqualTo(200);
    }

    @Test
    void aDeliveryReportMovesTheDelivery() {
        String delivery = deliveryOfANewSignup();

        assertThat(reportV2(REPORT_TOKEN, "1", "DELIVERED", "").status()).isEqualTo(204);

        var shown = api.get(delivery).json().get("data");
        assertThat(shown.get("status").asString()).isEqualTo("delivered");
        assertThat(shown.get("reason").isNull()).isTrue();
    }

    @Test
    void aDltRejectionIsNamedForWhatTheOperatorMustFix() {
        String delivery = deliveryOfANewSignup();

        reportV2(REPORT_TOKEN, "16", "Rejected", "DLT Template ID mismatch (630)");

        var shown = api.get(delivery).json().get("data");
        assertThat(shown.get("status").asString()).isEqualTo("failed");
        assertThat(shown.get("reason").asString()).isEqualTo("dlt_template_mismatch");
    }

    @Test
    void aReportWithoutTheTokenIsRefusedAndChangesNothing() {
        String delivery = deliveryOfANewSignup();

        assertThat(reportV2(null, "1", "DELIVERED", "").status()).isEqualTo(403);
        assertThat(reportV2("msg91-report-token-0123456780", "1", "DELIVERED", "")
                        .status())
                .isEqualTo(403);

        assertThat(api.get(delivery).json().get("data").get("status").asString())
                .isEqualTo("queued");
    }

    @Test
    void aRefusalFromMsg91Is503AndStartsNoCooldown() {
        msg91.stubFor(post("/api/v2/sendsms")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"type\":\"error\",\"message\":\"Template ID is not valid\"}")));
        String number = TestPhones.newIndianMobile();

        var refused = api.post("/api/auth/signup", phone(number));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text("code")).isEqualTo("SMS_DELIVERY_FAILED");
        setUp();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
    }

    private String deliveryOfANewSignup() {
        var sent = api.post("/api/auth/signup", phone(TestPhones.newIndianMobile()));
        return "/api/auth/deliveries/"
                + sent.json().get("data").get("delivery_id").asString();
    }

    /** MSG91's webhook v2: a form field {@code data} holding a JSON array of requests and their reports. */
    private Api.Response reportV2(String token, String status, String desc, String failedReason) {
        String data = """
                [{"senderId":"LOOPIN","requestId":"%s","report":[{"date":"2026-12-05 10:06:20","number":"919876543210",\
                "status":"%s","desc":"%s","failedReason":"%s"}],"userId":"27001","campaignName":"API"}]""".formatted(requestId, status, desc, failedReason);
        String path = "/api/sms/msg91/reports" + (token == null ? "" : "?token=" + token);
        return api.send(api.request(path, null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("data=" + URLEncoder.encode(data, StandardCharsets.UTF_8)))
                .build());
    }

    private String sentCode() {
        return msg91.getAllServeEvents().stream()
                .map(event -> event.getRequest().getBodyAsString())
                .map(body -> {
                    Matcher matcher = Pattern.compile("code is: (\\d+)").matcher(body);
                    return matcher.find() ? matcher.group(1) : null;
                })
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }
}
