package com.loopin.sms.internal;

import com.loopin.sms.SmsStatusReported;
import com.twilio.security.RequestValidator;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Twilio's delivery reports (set {@code TWILIO_STATUS_CALLBACK_URL} to this endpoint's public address).
 * Only requests signed with our auth token ({@code X-Twilio-Signature}) are believed.
 */
@Hidden
@RestController
class TwilioStatusController {

    private static final Logger log = LoggerFactory.getLogger(TwilioStatusController.class);

    private final SmsProperties.Twilio twilio;
    private final ApplicationEventPublisher events;

    TwilioStatusController(SmsProperties properties, ApplicationEventPublisher events) {
        this.twilio = properties.twilio();
        this.events = events;
    }

    @PostMapping(path = "/api/sms/twilio/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<?> status(
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
        if (!SmsProperties.isSet(twilio.authToken()) || !SmsProperties.isSet(twilio.statusCallbackUrl())) {
            throw CallbackRefusedException.notConfigured();
        }
        Map<String, String> params = new HashMap<>();
        form.forEach((key, values) -> params.put(key, values.isEmpty() ? "" : values.getFirst()));
        boolean genuine = signature != null
                && new RequestValidator(twilio.authToken()).validate(twilio.statusCallbackUrl(), params, signature);
        if (!genuine) {
            log.warn("Refused a Twilio status callback with a bad signature");
            throw CallbackRefusedException.badSignature();
        }
        String sid = params.get("MessageSid");
        String status = status(params.get("MessageStatus"));
        if (sid != null && status != null) {
            String error = params.get("ErrorCode");
            String to = params.get("To");
            events.publishEvent(new SmsStatusReported(
                    "twilio",
                    sid,
                    status,
                    error,
                    TwilioFailures.reason(error),
                    to == null ? null : to.replaceFirst("^whatsapp:", "")));
        }
        return ResponseEntity.noContent().build();
    }

    /** Twilio's message statuses in our five words; null for those that say nothing of delivery (received, …). */
    static String status(String twilioStatus) {
        if (twilioStatus == null) {
            return null;
        }
        return switch (twilioStatus) {
            case "accepted", "scheduled", "queued", "sending" -> "queued";
            case "sent" -> "sent";
            case "delivered", "read" -> "delivered";
            case "undelivered" -> "undelivered";
            case "failed", "canceled" -> "failed";
            default -> null;
        };
    }
}
