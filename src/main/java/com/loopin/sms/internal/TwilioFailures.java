package com.loopin.sms.internal;

import com.loopin.sms.SmsRecipientRejectedException;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import java.util.Map;

/** What Twilio's errors mean for the user and for us (https://www.twilio.com/docs/api/errors). */
final class TwilioFailures {

    /** Refusals about the recipient: no retry, no fallback; the user should give another number. */
    private static final Map<Integer, String> RECIPIENT_REFUSALS = Map.of(
            21211, "This phone number is not valid for SMS.",
            21214, "This phone number cannot receive SMS.",
            21408, "We cannot send SMS to this region yet.",
            21610, "This number has opted out of our messages (STOP). Reply START to opt back in.",
            21612, "This phone number cannot be reached by SMS.",
            21614, "This phone number cannot receive SMS.",
            21608,
                    "This number is not verified for the Twilio trial account. Verify it in the Twilio console, or "
                            + "upgrade the account to send to any number.",
            60200, "This phone number is not valid for SMS.",
            60205, "This phone number cannot receive SMS.");

    /** Why a message was not delivered, from the error code of Twilio's delivery report (30xxx SMS, 63xxx WhatsApp). */
    private static final Map<String, String> REPORT_REASONS = Map.ofEntries(
            Map.entry("30003", "unreachable"),
            Map.entry("30004", "blocked"),
            Map.entry("30005", "unknown_number"),
            Map.entry("30006", "landline_or_unreachable_carrier"),
            Map.entry("30007", "carrier_filtered"),
            Map.entry("30008", "provider_error"),
            Map.entry("30034", "sender_not_registered"),
            Map.entry("63003", "not_on_whatsapp"),
            Map.entry("63024", "not_on_whatsapp"),
            Map.entry("63016", "outside_whatsapp_window"),
            Map.entry("63049", "whatsapp_meta_declined"),
            Map.entry("63112", "whatsapp_sender_disabled"));

    private TwilioFailures() {}

    /** The stable reason for a report's error code; {@code provider_error} for one not listed, null for none. */
    static String reason(String errorCode) {
        if (errorCode == null || errorCode.isBlank() || "0".equals(errorCode)) {
            return null;
        }
        return REPORT_REASONS.getOrDefault(errorCode.strip(), "provider_error");
    }

    static RuntimeException map(RuntimeException e) {
        if (e instanceof ApiConnectionException) {
            return ProviderFailure.transientFailure("Twilio unreachable: " + e.getMessage(), e);
        }
        if (e instanceof ApiException api) {
            String refusal = api.getCode() == null ? null : RECIPIENT_REFUSALS.get(api.getCode());
            if (refusal != null) {
                return new SmsRecipientRejectedException(refusal);
            }
            Integer status = api.getStatusCode();
            if (status == null || status >= 500 || status == 429) {
                return ProviderFailure.transientFailure("Twilio answered " + status + " (" + api.getCode() + ")", e);
            }
            return ProviderFailure.permanent(
                    "Twilio refused the request: " + status + " (error " + api.getCode() + ")");
        }
        return ProviderFailure.transientFailure(
                "Twilio call failed: " + e.getClass().getSimpleName(), e);
    }
}
