package com.loopin.sms.internal;

import java.time.Duration;

/** Settings for provider tests, pointed at a local stand-in. */
final class SmsTestSettings {

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
                null,
                null,
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
                Duration.ofSeconds(30));
    }
}
