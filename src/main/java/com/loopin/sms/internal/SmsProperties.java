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
 * @param template the English text; {@code {code}} and {@code {minutes}} are filled in ({@code SMS_TEMPLATE})
 * @param templateHi the Hindi text ({@code SMS_TEMPLATE_HI})
 * @param templates a kind's own texts over those two, by {@code signup}, {@code login}, {@code staff-resend} and the
 *     same with {@code -hi} ({@code SMS_TEMPLATE_SIGNUP}, {@code SMS_TEMPLATE_LOGIN_HI}, …)
 * @param androidAppHashes the Android app's SMS Retriever hashes, comma-separated, the release build's first; a code
 *     request may name another listed one ({@code ANDROID_APP_HASHES}; {@code SMS_APP_HASH} is read as the first)
 * @param otpWebDomain the domain of the last line {@code @domain #code} (iOS, WebOTP) ({@code OTP_WEB_DOMAIN};
 *     {@code SMS_WEBOTP_DOMAIN} is read as it)
 * @param dlt India's DLT registration: when its entity id is set, every text must match its registered template
 * @param timeout the longest a provider call may take ({@code SMS_TIMEOUT_SECONDS})
 * @param maxAttempts tries per provider for a transient failure, with backoff ({@code SMS_MAX_ATTEMPTS})
 * @param maxConcurrentSends calls one provider may have in flight; more fail at once with 503
 *     ({@code SMS_MAX_CONCURRENT_SENDS})
 * @param breakerOpen how long a provider that keeps failing is not called ({@code SMS_BREAKER_OPEN_SECONDS})
 * @param whatsapp codes by WhatsApp, and the fallback to SMS
 * @param msg91 the domestic DLT gateway MSG91
 * @param deliveryRetention how long a delivery's record is kept ({@code SMS_DELIVERY_RETENTION_DAYS})
 */
@Validated
@ConfigurationProperties("loopin.sms")
record SmsProperties(
        @NotBlank String provider,
        String fallbackProvider,
        @NotBlank String template,
        @NotBlank String templateHi,
        java.util.Map<String, String> templates,
        String androidAppHashes,
        String otpWebDomain,
        Dlt dlt,
        @NotNull Duration timeout,
        @Min(1) int maxAttempts,
        Twilio twilio,
        Webhook webhook,
        @Min(1) int maxConcurrentSends,
        @NotNull Duration breakerOpen,
        WhatsApp whatsapp,
        Msg91 msg91,
        @NotNull Duration deliveryRetention) {

    /**
     * @param provider {@code auto} (the console when SMS goes to the console, Twilio when its WhatsApp sender is set,
     *     else none), {@code none}, {@code console}, {@code twilio} (Messaging with a WhatsApp sender and an
     *     authentication Content template) or {@code twilio-verify} (Verify's WhatsApp channel) ({@code
     *     WHATSAPP_PROVIDER})
     * @param from the WhatsApp sender, {@code whatsapp:+…} or the bare number ({@code TWILIO_WHATSAPP_FROM})
     * @param contentSid the authentication template's Content SID, {@code HX…} ({@code TWILIO_WHATSAPP_CONTENT_SID});
     *     {@code contentSidHi} the Hindi one ({@code TWILIO_WHATSAPP_CONTENT_SID_HI})
     * @param countries where {@code channel=auto} tries WhatsApp first, ISO codes ({@code WHATSAPP_COUNTRIES})
     * @param fallbackAfter how long {@code auto} waits for a delivery report before sending the SMS ({@code
     *     WHATSAPP_FALLBACK_SECONDS})
     */
    record WhatsApp(
            String provider,
            String from,
            String contentSid,
            String contentSidHi,
            String countries,
            Duration fallbackAfter) {

        java.util.Set<String> countryCodes() {
            if (!isSet(countries)) {
                return java.util.Set.of();
            }
            return java.util.Arrays.stream(countries.split(","))
                    .map(code -> code.strip().toUpperCase(java.util.Locale.ROOT))
                    .filter(code -> !code.isEmpty())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    /**
     * @param authKey the account's API key ({@code MSG91_AUTH_KEY})
     * @param baseUrl {@code https://api.msg91.com} unless a test points it elsewhere ({@code MSG91_BASE_URL})
     * @param route {@code 4}, transactional ({@code MSG91_ROUTE})
     * @param reportToken the secret in the delivery-report webhook's address ({@code MSG91_REPORT_TOKEN})
     */
    record Msg91(String authKey, String baseUrl, String route, String reportToken) {}

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

    /**
     * @param entityId the principal entity's id ({@code DLT_ENTITY_ID}); set: DLT applies
     * @param senderId the registered header ({@code DLT_SENDER_ID})
     * @param templates by {@code signup}, {@code login}, {@code staff-resend} and the same with {@code -hi}: each its
     *     id and registered text ({@code DLT_TEMPLATE_ID_SIGNUP}, {@code DLT_TEMPLATE_TEXT_SIGNUP}, …)
     */
    record Dlt(String entityId, String senderId, java.util.Map<String, Template> templates) {

        record Template(String id, String text) {}

        boolean enabled() {
            return isSet(entityId);
        }

        java.util.Optional<Template> template(com.loopin.sms.MessageKind kind, String language) {
            if (!enabled() || templates == null) {
                return java.util.Optional.empty();
            }
            Template template = templates.get(kind.key() + ("hi".equals(language) ? "-hi" : ""));
            return template == null || !isSet(template.id()) || !isSet(template.text())
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(template);
        }
    }

    String templateFor(com.loopin.sms.MessageKind kind, String language) {
        String own = templates == null ? null : templates.get(kind.key() + ("hi".equals(language) ? "-hi" : ""));
        return isSet(own) ? own : "hi".equals(language) ? templateHi : template;
    }

    java.util.List<String> appHashes() {
        if (!isSet(androidAppHashes)) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(androidAppHashes.split(","))
                .map(String::strip)
                .filter(hash -> !hash.isEmpty())
                .toList();
    }

    String otpDomain() {
        return isSet(otpWebDomain) ? otpWebDomain.strip() : null;
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
