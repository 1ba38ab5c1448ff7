package com.loopin.sms.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.shared.PhoneNumber;
import com.loopin.sms.VerificationSms;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookSmsSenderTests {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    WireMockServer gateway;
    WebhookSmsSender sender;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        gateway.start();
        var settings =
                SmsTestSettings.properties("webhook", null, null, gateway.baseUrl() + "/sms", Duration.ofSeconds(2), 1);
        sender = new WebhookSmsSender(
                RestClient.create(),
                settings.webhook(),
                new MessageText(settings),
                JsonMapper.builder().build(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    @Test
    void postsTheMessageAsJsonSignedTheStandardWebhooksWay() throws Exception {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(200)));

        var receipt = sender.sendVerificationCode(
                new VerificationSms(new PhoneNumber("+916205829376"), "4821", Duration.ofMinutes(10)));

        var request = gateway.getAllServeEvents().getFirst().getRequest();
        JsonNode body = JsonMapper.builder().build().readTree(request.getBodyAsString());
        assertThat(body.get("to").asString()).isEqualTo("+916205829376");
        assertThat(body.get("code").asString()).isEqualTo("4821");
        assertThat(body.get("body").asString()).contains("4821").contains("10 minutes");
        assertThat(body.get("expires_at").asString()).isEqualTo("2026-11-25T10:10:00Z");
        String id = request.getHeader("webhook-id");
        String timestamp = request.getHeader("webhook-timestamp");
        assertThat(receipt.messageId()).isEqualTo(id);
        assertThat(timestamp).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(request.getHeader("webhook-signature"))
                .isEqualTo("v1," + expectedSignature(id + "." + timestamp + "." + request.getBodyAsString()));
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void serverErrorsAreTransientAndClientErrorsPermanent() {
        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(502)));
        var sms = new VerificationSms(new PhoneNumber("+916205829376"), "4821", Duration.ofMinutes(10));
        assertThatThrownBy(() -> sender.sendVerificationCode(sms))
                .isInstanceOfSatisfying(
                        ProviderFailure.class, f -> assertThat(f.isTransient()).isTrue());

        gateway.stubFor(post("/sms").willReturn(aResponse().withStatus(401)));
        assertThatThrownBy(() -> sender.sendVerificationCode(sms))
                .isInstanceOfSatisfying(
                        ProviderFailure.class, f -> assertThat(f.isTransient()).isFalse());
    }

    /** The receiver's side of Standard Webhooks, written independently of the sender. */
    private static String expectedSignature(String content) throws Exception {
        byte[] key = Base64.getDecoder().decode(SmsTestSettings.WEBHOOK_SECRET.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }
}
