package com.loopin.sms.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How codes reach phones. The README's "Sending real SMS" walks through these.
 *
 * @param provider {@code auto}, {@code console}, {@code twilio}, {@code twilio-verify} or {@code webhook}
 *     ({@code SMS_PROVIDER})
 * @param fallbackProvider where a message goes when the provider fails ({@code SMS_FALLBACK_PROVIDER})
 * @param template the text; {@code {code}} and {@code {minutes}} are filled in ({@code SMS_TEMPLATE})
 * @param appHash Android SMS Retriever hash, appended as the last word ({@code SMS_APP_HASH})
 * @param webOtpDomain adds the WebOTP line {@code @domain #code} ({@code SMS_WEBOTP_DOMAIN})
 * @param timeout the longest a provider call may take ({@code SMS_TIMEOUT_SECONDS})
 * @param maxAttempts tries per provider for a transient failure, with backoff ({@code SMS_MAX_ATTEMPTS})
 * @param maxConcurrentSends calls one provider may have in flight; more fail at once with 503
 *     ({@code SMS_MAX_CONCURRENT_SENDS})
 * @param breakerOpen how long a provider that keeps failing is not called ({@code SMS_BREAKER_OPEN_SECONDS})
 */
@Validated
@ConfigurationProperties("loopin.sms")
record SmsProperties(
        @NotBlank String provider,
        String fallbackProvider,
        @NotBlank String template,
        String appHash,
        String webOtpDomain,
        @NotNull Duration timeout,
        @Min(1) int maxAttempts,
        Twilio twilio,
        Webhook webhook,
        @Min(1) int maxConcurrentSends,
        @NotNull Duration breakerOpen) {

    /**
     * @param testMode true writes messages to the log instead ({@code TWILIO_TEST_MODE})
     * @param apiBaseUrl where the SDK's calls go; Twilio's own hosts when empty ({@code TWILIO_API_BASE_URL})
     */
    record Twilio(
            String accountSid,
            String authToken,
            String phoneNumber,
            String messagingServiceSid,
            String verifySid,
            String statusCallbackUrl,
            String apiBaseUrl,
            boolean testMode) {}

    /** @param secret Standard Webhooks signing secret, {@code whsec_…} ({@code SMS_WEBHOOK_SECRET}) */
    record Webhook(String url, String secret) {}

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
