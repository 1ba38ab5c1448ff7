package com.loopin.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.AppProperties;
import com.loopin.shared.PhoneNumber;
import com.loopin.sms.VerificationSms;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class SmsConfigurationTests {

    final SmsConfiguration configuration = new SmsConfiguration();

    @Test
    void productionRefusesTheConsoleProvider() {
        assertThatThrownBy(() -> build(settings("console", twilio(null, null, null, false)), "prod"))
                .hasMessageContaining("ENVIRONMENT=prod refuses the console SMS provider");
        assertThatThrownBy(() -> build(settings("auto", twilio(null, null, null, false)), "prod"))
                .as("auto with nothing configured is the console")
                .hasMessageContaining("console");
    }

    @Test
    void aTextThatDoesNotMatchItsDltTemplateRefusesToStart() {
        var template = new SmsProperties.Dlt.Template("1107000000000000001", "{#var#} is your Loopin code.");
        var dlt = new SmsProperties.Dlt(
                "1101000000000000001",
                "LOOPIN",
                java.util.Map.of("signup", template, "login", template, "staff-resend", template));
        assertThatThrownBy(() -> build(
                        SmsTestSettings.with(
                                "Your Loopin verification code is: {code}. This code expires in {minutes} minutes.",
                                null,
                                null,
                                dlt),
                        "dev"))
                .hasMessageContaining("does not match its DLT template 1107000000000000001");
    }

    @Test
    void productionRefusesTwilioTestMode() {
        assertThatThrownBy(() -> build(settings("twilio", twilio("AC1", "token", "+15005550006", true)), "prod"))
                .hasMessageContaining("TWILIO_TEST_MODE");
    }

    @Test
    void aChosenProviderWithoutItsCredentialsRefusesToStartNamingTheVariable() {
        assertThatThrownBy(() -> build(settings("twilio", twilio("AC1", null, null, false)), "development"))
                .hasMessageContaining("TWILIO_AUTH_TOKEN");
        assertThatThrownBy(() -> build(settings("twilio", twilio("AC1", "token", null, false)), "development"))
                .hasMessageContaining("TWILIO_PHONE_NUMBER or TWILIO_MESSAGING_SERVICE_SID");
        assertThatThrownBy(() -> build(settings("webhook", twilio(null, null, null, false)), "development"))
                .hasMessageContaining("SMS_WEBHOOK_URL")
                .hasMessageContaining("SMS_WEBHOOK_SECRET");
        assertThatThrownBy(() -> build(settings("carrier-pigeon", twilio(null, null, null, false)), "development"))
                .hasMessageContaining("SMS_PROVIDER must be one of");
    }

    @Test
    void theDevelopmentInboxAnswersOnlyWhenTheConsoleIsTheProviderNotItsFallback() {
        var asFallback = new DevSmsInbox();
        configuration.smsSender(
                SmsTestSettings.properties("twilio", "console", "http://127.0.0.1:9", null, Duration.ofSeconds(1), 1),
                app("development"),
                JsonMapper.builder().build(),
                Clock.systemUTC(),
                new SimpleMeterRegistry(),
                asFallback,
                null,
                null,
                null,
                new org.springframework.mock.env.MockEnvironment());
        assertThat(asFallback.isEnabled())
                .as("a real provider's failed codes must not land in a public inbox")
                .isFalse();
        asFallback.add(
                new com.loopin.shared.PhoneNumber("+919876543210"),
                "1234",
                "code 1234",
                com.loopin.sms.Channel.SMS,
                java.time.Instant.now());
        assertThat(asFallback.messages(new com.loopin.shared.PhoneNumber("+919876543210")))
                .isEmpty();

        var asProvider = new DevSmsInbox();
        configuration.smsSender(
                settings("console", twilio(null, null, null, false)),
                app("development"),
                JsonMapper.builder().build(),
                Clock.systemUTC(),
                new SimpleMeterRegistry(),
                asProvider,
                null,
                null,
                null,
                new org.springframework.mock.env.MockEnvironment());
        assertThat(asProvider.isEnabled()).isTrue();
    }

    @Test
    void verifyAndOurOwnCodesAreNotMixedAcrossChannels() {
        var verifySms = withWhatsApp(settings("twilio-verify", verifyTwilio()), "twilio");
        assertThatThrownBy(() -> build(verifySms, "development"))
                .hasMessageContaining("WHATSAPP_PROVIDER=twilio-verify goes only with SMS_PROVIDER=twilio-verify");
        var ownSms = withWhatsApp(settings("twilio", verifyTwilio()), "twilio-verify");
        assertThatThrownBy(() -> build(ownSms, "development")).hasMessageContaining("SMS_PROVIDER=twilio-verify");
        assertThat(build(withWhatsApp(settings("twilio-verify", verifyTwilio()), "twilio-verify"), "development"))
                .isNotNull();
    }

    @Test
    void productionRefusesWhatsAppCodesThatOnlyReachTheLog() {
        var console = withWhatsApp(settings("twilio", twilio("AC1", "token", "+15005550006", false)), "console");
        assertThatThrownBy(() -> build(console, "prod")).hasMessageContaining("WHATSAPP_PROVIDER=console");
    }

    @Test
    void autoPicksWhatsAppFromWhatIsConfigured() {
        assertThat(SmsConfiguration.chosenWhatsAppProvider(withWhatsApp(settings("console", null), "auto"), "console"))
                .isEqualTo("console");
        assertThat(SmsConfiguration.chosenWhatsAppProvider(withWhatsApp(settings("twilio", null), "auto"), "twilio"))
                .isEqualTo("none");
        assertThatThrownBy(() -> SmsConfiguration.chosenWhatsAppProvider(
                        withWhatsApp(settings("twilio", null), "telegram"), "twilio"))
                .hasMessageContaining("WHATSAPP_PROVIDER must be one of");
    }

    @Test
    void productionStartsWithAFullyConfiguredProvider() {
        assertThat(build(settings("twilio", twilio("AC1", "token", "+15005550006", false)), "prod"))
                .isNotNull();
    }

    @Test
    void autoPicksTheConfiguredProviderAndTestModeForcesTheConsole() {
        assertThat(SmsConfiguration.chosenProvider(settings("auto", twilio(null, null, null, false))))
                .isEqualTo("console");
        assertThat(SmsConfiguration.chosenProvider(settings("auto", twilio("AC1", "t", "+15005550006", false))))
                .isEqualTo("twilio");
        assertThat(SmsConfiguration.chosenProvider(settings("twilio", twilio("AC1", "t", "+15005550006", true))))
                .isEqualTo("console");
    }

    @Test
    void theMessageCanCarryWebOtpAndSmsRetrieverAutofill() {
        var plain = new MessageText(settings("console", twilio(null, null, null, false)));
        var sms = new VerificationSms(new PhoneNumber("+916205829376"), "4821", Duration.ofMinutes(10));
        assertThat(plain.of(sms)).isEqualTo("Your Loopin verification code is: 4821. This code expires in 10 minutes.");

        var autofill = new MessageText(new SmsProperties(
                "console",
                null,
                "Code {code}",
                SmsTestSettings.HINDI,
                java.util.Map.of(),
                "FA+9qCX9VSu",
                "loopin.app",
                SmsTestSettings.NO_DLT,
                Duration.ofSeconds(5),
                1,
                twilio(null, null, null, false),
                new SmsProperties.Webhook(null, null),
                16,
                Duration.ofSeconds(30),
                SmsTestSettings.NO_WHATSAPP,
                SmsTestSettings.NO_MSG91,
                Duration.ofDays(30)));
        assertThat(autofill.of(sms)).isEqualTo("Code 4821\n\nFA+9qCX9VSu\n@loopin.app #4821");
    }

    private static AppProperties app(String environment) {
        return new AppProperties(
                ZoneId.of("Asia/Kolkata"), "IN", List.of(), DataSize.ofKilobytes(64), List.of(), "k", environment);
    }

    private Object build(SmsProperties properties, String environment) {
        return configuration.smsSender(
                properties,
                app(environment),
                JsonMapper.builder().build(),
                Clock.systemUTC(),
                new SimpleMeterRegistry(),
                new DevSmsInbox(),
                null,
                null,
                null,
                new org.springframework.mock.env.MockEnvironment());
    }

    private static SmsProperties settings(String provider, SmsProperties.Twilio twilio) {
        return new SmsProperties(
                provider,
                null,
                "Your Loopin verification code is: {code}. This code expires in {minutes} minutes.",
                SmsTestSettings.HINDI,
                java.util.Map.of(),
                null,
                null,
                SmsTestSettings.NO_DLT,
                Duration.ofSeconds(5),
                1,
                twilio,
                new SmsProperties.Webhook(null, null),
                16,
                Duration.ofSeconds(30),
                SmsTestSettings.NO_WHATSAPP,
                SmsTestSettings.NO_MSG91,
                Duration.ofDays(30));
    }

    private static SmsProperties withWhatsApp(SmsProperties base, String provider) {
        return new SmsProperties(
                base.provider(),
                base.fallbackProvider(),
                base.template(),
                base.templateHi(),
                base.templates(),
                base.androidAppHashes(),
                base.otpWebDomain(),
                base.dlt(),
                base.timeout(),
                base.maxAttempts(),
                base.twilio(),
                base.webhook(),
                base.maxConcurrentSends(),
                base.breakerOpen(),
                new SmsProperties.WhatsApp(provider, null, null, null, "IN", Duration.ofSeconds(30)),
                base.msg91(),
                base.deliveryRetention());
    }

    private static SmsProperties.Twilio verifyTwilio() {
        return new SmsProperties.Twilio("AC1", "token", "+15005550006", null, "VA1", null, null, false);
    }

    private static SmsProperties.Twilio twilio(String sid, String token, String from, boolean testMode) {
        return new SmsProperties.Twilio(sid, token, from, null, null, null, null, testMode);
    }
}
