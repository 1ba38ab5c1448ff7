package com.loopin.sms;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.loopin.support.Api;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A Twilio account stood in for by a local server, and its status callbacks as Twilio sends them: form fields, signed
 * with the account's auth token.
 */
final class TwilioCallbacks {

    private TwilioCallbacks() {}

    /** The application sends through the Twilio provider of this account, to the stand-in, reporting to this URL. */
    static void pointAt(
            DynamicPropertyRegistry registry, WireMockServer twilio, String account, String token, String callback) {
        registry.add("loopin.sms.provider", () -> "twilio");
        registry.add("loopin.sms.twilio.account-sid", () -> account);
        registry.add("loopin.sms.twilio.auth-token", () -> token);
        registry.add("loopin.sms.twilio.phone-number", () -> "+15005550006");
        registry.add("loopin.sms.twilio.status-callback-url", () -> callback);
        registry.add("loopin.sms.twilio.api-base-url", twilio::baseUrl);
    }

    static Api.Response post(Api api, Map<String, String> form, String signature) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send(api.request("/api/sms/twilio/status", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Twilio's documented scheme, written here independently: HMAC-SHA1 over the URL and the sorted fields. */
    static String signature(String token, String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((key, value) -> data.append(key).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
