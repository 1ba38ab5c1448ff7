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

    private TwilioFailures() {}

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
