package com.loopin.sms.internal;

import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Any other gateway (MSG91, Gupshup, AWS SNS, your own): POSTs {@code {to, body, code, expires_at}} as JSON to
 * {@code SMS_WEBHOOK_URL}, signed the Standard Webhooks way ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}).
 */
class WebhookSmsSender implements SmsSender {

    private final RestClient http;
    private final String url;
    private final byte[] secret;
    private final MessageText text;
    private final SmsProperties.Dlt dlt;
    private final JsonMapper json;
    private final Clock clock;

    WebhookSmsSender(RestClient http, SmsProperties.Webhook webhook, MessageText text, JsonMapper json, Clock clock) {
        this.http = http;
        this.url = webhook.url();
        this.secret = secretBytes(webhook.secret());
        this.text = text;
        this.dlt = text.dlt();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("to", sms.to().e164());
        payload.put("body", text.of(sms));
        payload.put("code", sms.code());
        payload.put("expires_at", clock.instant().plus(sms.validity()).toString());
        payload.put("kind", sms.kind().key());
        text.dltTemplate(sms)
                .ifPresent(template -> payload.put(
                        "dlt",
                        Map.of(
                                "entity_id",
                                dlt.entityId(),
                                "sender_id",
                                String.valueOf(dlt.senderId()),
                                "template_id",
                                template.id())));
        String body = json.writeValueAsString(payload);
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        try {
            http.post()
                    .uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("webhook-id", id)
                    .header("webhook-timestamp", timestamp)
                    .header("webhook-signature", "v1," + sign(id + "." + timestamp + "." + body))
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            return new SmsReceipt("webhook", id);
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            if (status >= 500 || status == 429) {
                throw ProviderFailure.transientFailure("SMS webhook answered " + status, e);
            }
            throw ProviderFailure.permanent("SMS webhook refused the message: " + status);
        } catch (ResourceAccessException e) {
            throw ProviderFailure.transientFailure("SMS webhook unreachable: " + e.getMessage(), e);
        }
    }

    String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Standard Webhooks secrets are {@code whsec_} plus base64; anything else is taken as it is. */
    static byte[] secretBytes(String secret) {
        if (secret.startsWith("whsec_")) {
            return Base64.getDecoder().decode(secret.substring("whsec_".length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
