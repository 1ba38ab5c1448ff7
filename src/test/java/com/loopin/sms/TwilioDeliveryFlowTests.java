package com.loopin.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.leads.Leads;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.Api;
import com.loopin.support.TestPhones;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application sending through the real Twilio provider, to a local stand-in of Twilio's API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TwilioDeliveryFlowTests {

    static final String ACCOUNT = "AC11112222333344445555666677778888";
    static final String TOKEN = "flow-test-auth-token";
    static final String CALLBACK = "https://api.loopin.example/api/sms/twilio/status";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    static final WireMockServer twilio =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        twilio.start();
    }

    @DynamicPropertySource
    static void twilioSettings(DynamicPropertyRegistry registry) {
        TwilioCallbacks.pointAt(registry, twilio, ACCOUNT, TOKEN, CALLBACK);
        registry.add("loopin.sms.max-attempts", () -> "2");
        registry.add("loopin.otp.resend-cooldown", () -> "60s");
    }

    @AfterAll
    static void stopTwilio() {
        twilio.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Leads leads;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        twilio.resetAll();
    }

    @Test
    void theCodeTravelsOnlyInTheSmsAndVerifies(CapturedOutput output) {
        acceptMessages("SM" + "a".repeat(32));
        String number = TestPhones.newIndianMobile();

        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        String code = codeSentTo(number);
        var verified = api.post("/api/auth/verify-otp", code(number, code));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(Pattern.compile("(?<![0-9])" + code + "(?![0-9])")
                        .matcher(output.getAll())
                        .find())
                .as("the code appears in no log line")
                .isFalse();
    }

    @Test
    void aProviderOutageIs503WithRetryAfterAndUsesNoCooldown() {
        twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(500)));
        String number = TestPhones.newIndianMobile();

        var failed = api.post("/api/auth/signup", phone(number));
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.text("code")).isEqualTo("SMS_DELIVERY_FAILED");
        assertThat(failed.header("Retry-After")).isNotNull();

        acceptMessages("SM" + "b".repeat(32));
        assertThat(api.post("/api/auth/signup", phone(number)).status())
                .as("asking again at once is allowed: the failed send started no cooldown")
                .isEqualTo(200);
    }

    @Test
    void twilioRefusingTheNumberIsA400TheUserCanActOn() {
        twilio.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":21608,\"message\":\"unverified\",\"status\":400}")));

        var refused = api.post("/api/auth/signup", phone(TestPhones.newIndianMobile()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("SMS_RECIPIENT_REJECTED");
        assertThat(refused.text("message")).contains("trial account");
    }

    @Test
    void signedStatusCallbacksUpdateTheLeadAndForgedOnesAreRefused() {
        String sid = "SM" + "c".repeat(32);
        acceptMessages(sid);
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));

        Map<String, String> report = Map.of(
                "MessageSid",
                sid,
                "MessageStatus",
                "undelivered",
                "ErrorCode",
                "30003",
                "To",
                number,
                "AccountSid",
                ACCOUNT);
        var forged = callback(report, "bm90IGEgc2lnbmF0dXJl");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(leads.find(new PhoneNumber(number)).orElseThrow().deliveryStatus())
                .isNull();

        var genuine = callback(report, twilioSignature(CALLBACK, report));
        assertThat(genuine.status()).isEqualTo(204);
        var lead = leads.find(new PhoneNumber(number)).orElseThrow();
        assertThat(lead.deliveryStatus()).isEqualTo("undelivered");
        assertThat(lead.deliveryError()).isEqualTo("30003");
    }

    @Test
    void anSmsDeliveryFollowsItsSignedReportsAndNeverMovesBack() {
        String sid = "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
        acceptMessages(sid);
        String number = TestPhones.newIndianMobile();
        var sent = api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "auto"));
        var data = sent.json().get("data");
        assertThat(data.get("channel").asString())
                .as("no WhatsApp sender here: auto is an SMS")
                .isEqualTo("sms");
        String delivery = "/api/auth/deliveries/" + data.get("delivery_id").asString();
        assertThat(api.get(delivery).json().get("data").get("status").asString())
                .isEqualTo("queued");

        for (String status : new String[] {"sent", "delivered", "sent"}) {
            Map<String, String> report = Map.of("MessageSid", sid, "MessageStatus", status, "To", number);
            assertThat(callback(report, twilioSignature(CALLBACK, report)).status())
                    .isEqualTo(204);
        }

        var shown = api.get(delivery).json().get("data");
        assertThat(shown.get("status").asString()).isEqualTo("delivered");
        assertThat(shown.get("channel").asString()).isEqualTo("sms");
        assertThat(shown.toString()).doesNotContain(number.substring(3));
    }

    @Test
    void whatsappWithoutASenderIs400ChannelUnavailableAndAnUnknownChannelIs400() {
        acceptMessages("SM" + "d".repeat(32));
        String number = TestPhones.newIndianMobile();

        var whatsapp = api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "whatsapp"));
        assertThat(whatsapp.status()).isEqualTo(400);
        assertThat(whatsapp.text("code")).isEqualTo("CHANNEL_UNAVAILABLE");

        var pigeon = api.post("/api/auth/signup", Map.of("phone_number", number, "channel", "pigeon"));
        assertThat(pigeon.status()).isEqualTo(400);
        assertThat(pigeon.text("code")).isEqualTo("VALIDATION_ERROR");

        assertThat(api.post("/api/auth/signup", phone(number)).status())
                .as("neither refusal used the cooldown")
                .isEqualTo(200);
    }

    private void acceptMessages(String sid) {
        twilio.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"" + sid + "\",\"status\":\"queued\"}")));
    }

    private String codeSentTo(String number) {
        return twilio.getAllServeEvents().stream()
                .map(event -> URLDecoder.decode(event.getRequest().getBodyAsString(), StandardCharsets.UTF_8))
                .filter(body -> body.contains(number))
                .map(body -> {
                    Matcher matcher = Pattern.compile("code is: (\\d+)").matcher(body);
                    return matcher.find() ? matcher.group(1) : null;
                })
                .findFirst()
                .orElseThrow();
    }

    private Api.Response callback(Map<String, String> form, String signature) {
        return TwilioCallbacks.post(api, form, signature);
    }

    private static String twilioSignature(String url, Map<String, String> form) {
        return TwilioCallbacks.signature(TOKEN, url, form);
    }
}
