package com.loopin.sms.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsRecipientRejectedException;
import com.loopin.sms.VerificationSms;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioProvidersTests {

    static final String MESSAGES = "/2010-04-01/Accounts/" + SmsTestSettings.ACCOUNT + "/Messages.json";
    static final String VERIFICATIONS = "/v2/Services/VA0123456789abcdef0123456789abcdef/Verifications";
    static final String CHECKS = "/v2/Services/VA0123456789abcdef0123456789abcdef/VerificationCheck";
    static final VerificationSms SMS =
            new VerificationSms(new PhoneNumber("+916205829376"), "4821", Duration.ofMinutes(10));

    WireMockServer twilio;
    SimpleMeterRegistry meters;

    @BeforeEach
    void start() {
        twilio = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        twilio.start();
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    @Test
    void messagingPostsTheFormTwilioExpectsWithBasicAuth() {
        twilio.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM0001\",\"status\":\"queued\"}")));

        var receipt = delivery(twilioSender(Duration.ofSeconds(2)), null, 1).sendVerificationCode(SMS);

        assertThat(receipt.messageId()).isEqualTo("SM0001");
        assertThat(receipt.provider()).isEqualTo("twilio");
        twilio.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withBasicAuth(new BasicCredentials(SmsTestSettings.ACCOUNT, SmsTestSettings.TOKEN))
                .withFormParam("To", equalTo("+916205829376"))
                .withFormParam("From", equalTo("+15005550006"))
                .withFormParam(
                        "Body", equalTo("Your Loopin verification code is: 4821. This code expires in 10 minutes."))
                .withFormParam("StatusCallback", equalTo("https://api.loopin.example/api/sms/twilio/status")));
        assertThat(meters.counter("loopin.sms.sent", "provider", "twilio", "outcome", "sent")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aTrialAccountRefusalBecomesTheOriginalsClearMessageWithoutRetry() {
        twilio.stubFor(post(MESSAGES).willReturn(twilioError(400, 21608)));

        assertThatThrownBy(() ->
                        delivery(twilioSender(Duration.ofSeconds(2)), null, 3).sendVerificationCode(SMS))
                .isInstanceOf(SmsRecipientRejectedException.class)
                .hasMessageContaining("not verified for the Twilio trial account");
        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void anInvalidNumberIsARecipientRefusal() {
        twilio.stubFor(post(MESSAGES).willReturn(twilioError(400, 21211)));
        assertThatThrownBy(() ->
                        delivery(twilioSender(Duration.ofSeconds(2)), null, 3).sendVerificationCode(SMS))
                .isInstanceOf(SmsRecipientRejectedException.class);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenReportedAsDeliveryFailure() {
        twilio.stubFor(post(MESSAGES).willReturn(twilioError(500, 20500)));

        assertThatThrownBy(() ->
                        delivery(twilioSender(Duration.ofSeconds(2)), null, 3).sendVerificationCode(SMS))
                .isInstanceOf(SmsDeliveryException.class);
        twilio.verify(3, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aHangingProviderTimesOutWithinTheConfiguredLimit() {
        twilio.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(201).withFixedDelay(5_000)));

        long started = System.nanoTime();
        assertThatThrownBy(() ->
                        delivery(twilioSender(Duration.ofMillis(500)), null, 2).sendVerificationCode(SMS))
                .isInstanceOf(SmsDeliveryException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndStopsCallingTheProvider() {
        twilio.stubFor(post(MESSAGES).willReturn(twilioError(503, 20503)));
        var sender = new ResilientSmsSender("twilio", twilioSender(Duration.ofSeconds(2)), 1, meters);
        var delivery = new SmsDelivery(sender, null, null, SmsTestSettings.NO_WHATSAPP, NOT_RECORDED);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> delivery.sendVerificationCode(SMS)).isInstanceOf(SmsDeliveryException.class);
        }
        assertThat(sender.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> delivery.sendVerificationCode(SMS)).isInstanceOf(SmsDeliveryException.class);
        twilio.verify(5, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void aFailedSendGoesToTheFallbackProvider() {
        twilio.stubFor(post(MESSAGES).willReturn(twilioError(500, 20500)));
        twilio.stubFor(post("/hooks/sms").willReturn(aResponse().withStatus(202)));
        var webhook = new WebhookSmsSender(
                org.springframework.web.client.RestClient.create(),
                new SmsProperties.Webhook(twilio.baseUrl() + "/hooks/sms", SmsTestSettings.WEBHOOK_SECRET),
                new MessageText(settings(Duration.ofSeconds(2))),
                tools.jackson.databind.json.JsonMapper.builder().build(),
                java.time.Clock.systemUTC());

        var receipt = delivery(twilioSender(Duration.ofSeconds(2)), webhook, 2).sendVerificationCode(SMS);

        assertThat(receipt.provider()).isEqualTo("webhook");
        twilio.verify(2, postRequestedFor(urlEqualTo(MESSAGES)));
        twilio.verify(1, postRequestedFor(urlEqualTo("/hooks/sms")));
    }

    @Test
    void verifyAsksTwilioToSendAndToCheckTheCode() {
        twilio.stubFor(post(VERIFICATIONS)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"VE0001\",\"status\":\"pending\"}")));
        twilio.stubFor(post(CHECKS)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Code=1111"))
                .willReturn(okJson("{\"sid\":\"VE0001\",\"status\":\"approved\"}")));
        twilio.stubFor(post(CHECKS)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Code=2222"))
                .willReturn(okJson("{\"sid\":\"VE0001\",\"status\":\"pending\"}")));
        twilio.stubFor(post(CHECKS)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("Code=3333"))
                .willReturn(twilioError(404, 20404)));
        var verify = new TwilioVerifySender(
                TwilioClients.create(settings(Duration.ofSeconds(2)).twilio(), Duration.ofSeconds(2)),
                "VA0123456789abcdef0123456789abcdef",
                new MessageText(SmsTestSettings.with("Code {code}", "FA+9qCX9VSu", null, SmsTestSettings.NO_DLT)),
                "sms");
        var hindi = new com.loopin.sms.VerificationSms(
                SMS.to(), "0000", Duration.ofMinutes(10), com.loopin.sms.MessageKind.LOGIN, "hi", null);

        assertThat(verify.sendVerificationCode(hindi).messageId()).isEqualTo("VE0001");
        twilio.verify(postRequestedFor(urlEqualTo(VERIFICATIONS))
                .withFormParam("To", equalTo("+916205829376"))
                .withFormParam("Channel", equalTo("sms"))
                .withFormParam("Locale", equalTo("hi"))
                .withFormParam("AppHash", equalTo("FA+9qCX9VSu")));
        assertThat(verify.checksCodes()).isTrue();
        assertThat(verify.checkCode(SMS.to(), "1111")).isTrue();
        assertThat(verify.checkCode(SMS.to(), "2222")).isFalse();
        assertThat(verify.checkCode(SMS.to(), "3333")).isFalse();
        twilio.verify(postRequestedFor(urlEqualTo(CHECKS)).withFormParam("To", equalTo("+916205829376")));
    }

    @Test
    void verifysWhatsAppChannelIsAskedForWithoutTheSmsAppHash() {
        twilio.stubFor(post(VERIFICATIONS)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"VE0002\",\"status\":\"pending\"}")));
        var verify = new TwilioVerifySender(
                TwilioClients.create(settings(Duration.ofSeconds(2)).twilio(), Duration.ofSeconds(2)),
                "VA0123456789abcdef0123456789abcdef",
                new MessageText(SmsTestSettings.with("Code {code}", "FA+9qCX9VSu", null, SmsTestSettings.NO_DLT)),
                "whatsapp");

        assertThat(verify.sendVerificationCode(SMS).messageId()).isEqualTo("VE0002");
        twilio.verify(postRequestedFor(urlEqualTo(VERIFICATIONS))
                .withFormParam("Channel", equalTo("whatsapp"))
                .withFormParam("To", equalTo("+916205829376"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("AppHash")));
    }

    private TwilioMessagingSender twilioSender(Duration timeout) {
        var settings = settings(timeout);
        return new TwilioMessagingSender(
                TwilioClients.create(settings.twilio(), timeout), settings.twilio(), new MessageText(settings));
    }

    private SmsProperties settings(Duration timeout) {
        return SmsTestSettings.twilio(twilio.baseUrl(), timeout, 3);
    }

    private SmsDelivery delivery(com.loopin.sms.SmsSender primary, com.loopin.sms.SmsSender fallback, int maxAttempts) {
        return new SmsDelivery(
                new ResilientSmsSender("twilio", primary, maxAttempts, meters),
                fallback == null ? null : new ResilientSmsSender("webhook", fallback, maxAttempts, meters),
                null,
                SmsTestSettings.NO_WHATSAPP,
                NOT_RECORDED);
    }

    private static final SmsDelivery.DeliveryLog NOT_RECORDED = (sms, channel, receipt, reason, wait) -> null;

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder twilioError(int status, int code) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"error " + code
                        + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status
                        + "}");
    }
}
