package com.loopin.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.loopin.support.Api.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.support.Api;
import com.loopin.support.TestPhones;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Codes by WhatsApp through Twilio Messaging (a local stand-in of Twilio's API), the SMS fallback of {@code
 * channel=auto} on a failed report and on silence, {@code resend} by the other channel, and delivery status from
 * signed reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WhatsAppDeliveryFlowTests {

    static final String ACCOUNT = "AC99998888777766665555444433332222";
    static final String TOKEN = "whatsapp-flow-auth-token";
    static final String CALLBACK = "https://api.loopin.example/api/sms/twilio/status";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    static final String CONTENT_SID = "HX0123456789abcdef0123456789abcdef";
    static final WireMockServer twilio =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        twilio.start();
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TwilioCallbacks.pointAt(registry, twilio, ACCOUNT, TOKEN, CALLBACK);
        registry.add("loopin.sms.whatsapp.from", () -> "+14155238886");
        registry.add("loopin.sms.whatsapp.content-sid", () -> CONTENT_SID);
        registry.add("loopin.sms.whatsapp.fallback-after", () -> "3s");
        registry.add("loopin.sms.whatsapp.fallback-poll", () -> "300ms");
        registry.add("loopin.otp.resend-cooldown", () -> "2s");
    }

    @AfterAll
    static void stop() {
        twilio.stop();
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    Api api;
    String whatsappSid;
    String smsSid;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        twilio.resetAll();
        whatsappSid = sid();
        smsSid = sid();
        twilio.stubFor(post(MESSAGES).withRequestBody(containing("whatsapp%3A")).willReturn(created(whatsappSid)));
        twilio.stubFor(
                post(MESSAGES).withRequestBody(notContaining("whatsapp%3A")).willReturn(created(smsSid)));
    }

    @Test
    void whatsappCarriesTheCodeInTheAuthenticationTemplateAndItsReportsShowInTheDelivery() {
        String number = TestPhones.newIndianMobile();

        var sent = api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "whatsapp"));

        assertThat(sent.status()).isEqualTo(200);
        var data = sent.json().get("data");
        assertThat(data.get("channel").asString()).isEqualTo("whatsapp");
        String deliveryId = data.get("delivery_id").asString();
        twilio.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withFormParam("To", equalTo("whatsapp:" + number))
                .withFormParam("From", equalTo("whatsapp:+14155238886"))
                .withFormParam("ContentSid", equalTo(CONTENT_SID))
                .withFormParam("StatusCallback", equalTo(CALLBACK)));
        assertThat(statusOf(deliveryId)).isEqualTo("queued");

        double deliveredBefore = count("loopin.sms.deliveries", "outcome", "delivered");
        report(whatsappSid, "read", null, number);
        assertThat(count("loopin.sms.deliveries", "outcome", "delivered")).isEqualTo(deliveredBefore + 1);
        assertThat(meters.find("loopin.sms.delivery.time")
                        .tags("provider", "twilio", "channel", "whatsapp")
                        .timer())
                .isNotNull();
        var delivered = api.get("/api/auth/deliveries/" + deliveryId).json().get("data");
        assertThat(delivered.get("channel").asString()).isEqualTo("whatsapp");
        assertThat(delivered.get("status").asString()).isEqualTo("delivered");
        assertThat(delivered.get("fallback").isNull()).isTrue();
        assertThat(api.post("/api/auth/verify-otp", code(number, whatsappCode()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void autoSendsTheSameCodeBySmsWhenWhatsAppReportsAFailure() {
        String number = TestPhones.newIndianMobile();
        String deliveryId = signUp(number, "auto");
        String code = whatsappCode();

        double fallbacksBefore = count("loopin.sms.fallbacks", "why", "failed");
        report(whatsappSid, "failed", "63003", number);
        assertThat(count("loopin.sms.fallbacks", "why", "failed")).isEqualTo(fallbacksBefore + 1);

        assertThat(smsBodies())
                .singleElement()
                .satisfies(body -> assertThat(body).contains("code is: " + code));
        var delivery = api.get("/api/auth/deliveries/" + deliveryId).json().get("data");
        assertThat(delivery.get("status").asString()).isEqualTo("failed");
        assertThat(delivery.get("reason").asString()).isEqualTo("not_on_whatsapp");
        assertThat(delivery.get("fallback").get("channel").asString()).isEqualTo("sms");
        assertThat(delivery.get("fallback").get("status").asString()).isEqualTo("queued");
        assertThat(api.post("/api/auth/verify-otp", code(number, code)).status())
                .isEqualTo(200);
    }

    @Test
    void autoSendsTheSmsWhenWhatsAppReportsNothingInTime() {
        String number = TestPhones.newIndianMobile();
        String deliveryId = signUp(number, "auto");
        String code = whatsappCode();
        assertThat(smsBodies()).as("not before the wait is over").isEmpty();

        await().atMost(Duration.ofSeconds(15)).until(() -> !smsBodies().isEmpty());

        assertThat(smsBodies())
                .singleElement()
                .satisfies(body -> assertThat(body).contains("code is: " + code));
        // the delivery records its fallback once the SMS provider has answered with the message's id, a moment
        // after the message reached it
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(api.get("/api/auth/deliveries/" + deliveryId)
                                .json()
                                .at("/data/reason")
                                .asString())
                        .isEqualTo("no_delivery_report"));
        var delivery = api.get("/api/auth/deliveries/" + deliveryId).json().get("data");
        assertThat(delivery.get("fallback").get("channel").asString()).isEqualTo("sms");
    }

    @Test
    void noSmsFollowsACodeAlreadyUsed() throws InterruptedException {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "auto"));
        assertThat(api.post("/api/auth/verify-otp", code(number, whatsappCode()))
                        .status())
                .isEqualTo(200);

        Thread.sleep(5_000); // the wait (3 s) and a few polls (0.3 s)

        assertThat(smsBodies()).isEmpty();
    }

    @Test
    void resendByTheOtherChannelKeepsTheCooldownAndKillsTheFirstCode() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "whatsapp"));
        String first = whatsappCode();

        var tooSoon = api.post("/api/auth/resend", Map.of("phone_number", number, "channel", "sms"));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.text("code")).isEqualTo("OTP_COOLDOWN");
        assertThat(tooSoon.header("Retry-After")).isNotNull();

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> api.post("/api/auth/resend", Map.of("phone_number", number, "channel", "sms"))
                                .status()
                        == 200);

        String second = smsBodies().stream()
                .map(body -> match("code is: (\\d+)", body))
                .findFirst()
                .orElseThrow();
        if (!second.equals(first)) {
            assertThat(api.post("/api/auth/verify-otp", code(number, first)).text("code"))
                    .isEqualTo("OTP_INVALID");
        }
        assertThat(api.post("/api/auth/verify-otp", code(number, second)).status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/resend", Map.of("phone_number", number, "channel", "sms"))
                        .text("code"))
                .as("a used code leaves nothing to resend")
                .isEqualTo("OTP_NOT_FOUND");
    }

    @Test
    void aForgedReportChangesNothing() {
        String number = TestPhones.newIndianMobile();
        String deliveryId = signUp(number, "whatsapp");
        Map<String, String> form =
                Map.of("MessageSid", whatsappSid, "MessageStatus", "delivered", "To", "whatsapp:" + number);

        assertThat(TwilioCallbacks.post(api, form, "Zm9yZ2Vk").status()).isEqualTo(403);
        assertThat(TwilioCallbacks.post(api, form, TwilioCallbacks.signature("another-token", CALLBACK, form))
                        .status())
                .isEqualTo(403);

        assertThat(statusOf(deliveryId)).isEqualTo("queued");
    }

    @Test
    void anUnknownDeliveryIs404() {
        assertThat(api.get("/api/auth/deliveries/dl_000000000000000000000000").status())
                .isEqualTo(404);
        assertThat(api.get("/api/auth/deliveries/anything").text("code")).isEqualTo("NOT_FOUND");
    }

    /** Asks for a sign-up code by this channel; returns its delivery id. */
    private String signUp(String number, String channel) {
        var sent = api.post("/api/auth/signup", Map.of("phone_number", number, "channel", channel));
        assertThat(sent.status()).isEqualTo(200);
        return sent.json().get("data").get("delivery_id").asString();
    }

    private void report(String sid, String status, String errorCode, String number) {
        var form = new java.util.HashMap<>(
                Map.of("MessageSid", sid, "MessageStatus", status, "To", "whatsapp:" + number, "AccountSid", ACCOUNT));
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
        }
        var answer = TwilioCallbacks.post(api, form, TwilioCallbacks.signature(TOKEN, CALLBACK, form));
        assertThat(answer.status()).isEqualTo(204);
    }

    private double count(String meter, String tag, String value) {
        var counter = meters.find(meter).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private String statusOf(String deliveryId) {
        var answer = api.get("/api/auth/deliveries/" + deliveryId);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("data").get("status").asString();
    }

    private String whatsappCode() {
        return twilio.getAllServeEvents().stream()
                .map(event -> decoded(event.getRequest().getBodyAsString()))
                .filter(body -> body.contains("ContentVariables"))
                .map(body -> match("\"1\":\"(\\d+)\"", body))
                .findFirst()
                .orElseThrow();
    }

    private List<String> smsBodies() {
        return twilio.getAllServeEvents().stream()
                .map(event -> decoded(event.getRequest().getBodyAsString()))
                .filter(body -> !body.contains("whatsapp:"))
                .toList();
    }

    private static String decoded(String form) {
        return URLDecoder.decode(form, StandardCharsets.UTF_8);
    }

    private static String match(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String sid) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}");
    }

    private static String sid() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "SM" + HexFormat.of().formatHex(bytes);
    }
}
