package com.loopin.sms.internal;

import java.time.Duration;

/** Settings for provider tests, pointed at a local stand-in. */
final class SmsTestSettings {

    static final String HINDI = "Loopin कोड: {code}। यह {minutes} मिनट तक मान्य है। इसे किसी से साझा न करें।";
    static final SmsProperties.Dlt NO_DLT = new SmsProperties.Dlt(null, null, java.util.Map.of());
    static final SmsProperties.WhatsApp NO_WHATSAPP =
            new SmsProperties.WhatsApp("none", null, null, null, "IN", Duration.ofSeconds(30));
    static final SmsProperties.Msg91 NO_MSG91 = new SmsProperties.Msg91(null, "https://api.msg91.com", "4", null);

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "twilio-test-auth-token";
    static final String WEBHOOK_SECRET =
            "whsec_" + java.util.Base64.getEncoder().encodeToString("webhook-key-0123456789".getBytes());

    private SmsTestSettings() {}

    static SmsProperties twilio(String baseUrl, Duration timeout, int maxAttempts) {
        return properties("twilio", null, baseUrl, null, timeout, maxAttempts);
    }

    static SmsProperties properties(
            String provider,
            String fallback,
            String twilioBaseUrl,
            String webhookUrl,
            Duration timeout,
            int maxAttempts) {
        return new SmsProperties(
                provider,
                fallback,
                "Your Loopin verification code is: {code}. This code expires in {minutes} minutes.",
                SmsTestSettings.HINDI,
                java.util.Map.of(),
                null,
                null,
                SmsTestSettings.NO_DLT,
                timeout,
                maxAttempts,
                new SmsProperties.Twilio(
                        ACCOUNT,
                        TOKEN,
                        "+15005550006",
                        null,
                        "VA0123456789abcdef0123456789abcdef",
                        "https://api.loopin.example/api/sms/twilio/status",
                        twilioBaseUrl,
                        false),
                new SmsProperties.Webhook(webhookUrl, WEBHOOK_SECRET),
                16,
                Duration.ofSeconds(30),
                SmsTestSettings.NO_WHATSAPP,
                SmsTestSettings.NO_MSG91,
                Duration.ofDays(30));
    }

    /** The console provider with these texts, app hashes, domain and DLT registration. */
    static SmsProperties with(String english, String appHashes, String domain, SmsProperties.Dlt dlt) {
        return new SmsProperties(
                "console",
                null,
                english,
                HINDI,
                java.util.Map.of(),
                appHashes,
                domain,
                dlt,
                Duration.ofSeconds(5),
                1,
                new SmsProperties.Twilio(null, null, null, null, null, null, null, false),
                new SmsProperties.Webhook(null, null),
                16,
                Duration.ofSeconds(30),
                SmsTestSettings.NO_WHATSAPP,
                SmsTestSettings.NO_MSG91,
                Duration.ofDays(30));
    }
}
