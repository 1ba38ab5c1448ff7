package com.loopin.notifications;

import com.google.auth.oauth2.GoogleCredentials;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Firebase Cloud Messaging's HTTP v1 API ({@code POST /v1/projects/{project}/messages:send}), with an OAuth token
 * from the service account's key. FCM's answers map to what the dispatcher does: dead tokens are forgotten, trouble
 * that passes is retried (honouring {@code Retry-After}), our own mistakes fail for good. The message carries the
 * inbox item's id in {@code data}, as Android's notification tag and as APNs' collapse id, so a push sent twice
 * shows once.
 */
class FcmPushSender implements PushSender {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FcmPushSender.class);

    private static final Duration QUOTA_WAIT = Duration.ofMinutes(1);

    private final RestClient http;
    private final GoogleCredentials credentials;
    private final String projectId;
    private final JsonMapper json;

    FcmPushSender(RestClient http, GoogleCredentials credentials, String projectId, JsonMapper json) {
        this.http = http;
        this.credentials = credentials;
        this.projectId = projectId;
        this.json = json;
    }

    @Override
    public PushOutcome send(PushMessage message) {
        String accessToken;
        try {
            credentials.refreshIfExpired();
            accessToken = credentials.getAccessToken().getTokenValue();
        } catch (IOException | RuntimeException e) {
            return new PushOutcome.RetryLater("auth_unavailable", null);
        }
        try {
            return http.post()
                    .uri("/v1/projects/{project}/messages:send", projectId)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body(Map.of("message", payload(message)))
                    .exchange((request, response) -> outcome(
                            response.getStatusCode(),
                            response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                            new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        } catch (ResourceAccessException e) {
            log.debug("FCM could not be reached: {}", e.getMessage());
            return new PushOutcome.RetryLater("unreachable", null);
        }
    }

    Map<String, Object> payload(PushMessage message) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("id", message.id());
        data.put("kind", message.kind().value());
        if (message.eventId() != null) {
            data.put("event_id", message.eventId());
        }
        if (message.deepLink() != null) {
            data.put("deep_link", message.deepLink());
        }
        if (message.shareUrl() != null) {
            data.put("url", message.shareUrl());
        }
        boolean urgent = message.kind().urgent();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("token", message.token());
        payload.put("notification", Map.of("title", message.title(), "body", message.body()));
        payload.put("data", data);
        payload.put(
                "android",
                Map.of(
                        "priority",
                        urgent ? "HIGH" : "NORMAL",
                        "notification",
                        Map.of(
                                "tag",
                                message.id(),
                                "channel_id",
                                message.kind().category().value())));
        payload.put(
                "apns",
                Map.of(
                        "headers", Map.of("apns-priority", urgent ? "10" : "5", "apns-collapse-id", message.id()),
                        "payload",
                                Map.of(
                                        "aps",
                                        Map.of(
                                                "sound",
                                                "default",
                                                "thread-id",
                                                message.kind().category().value()))));
        payload.put("fcm_options", Map.of("analytics_label", message.kind().value()));
        return payload;
    }

    private PushOutcome outcome(HttpStatusCode status, String retryAfter, String body) {
        if (status.is2xxSuccessful()) {
            return new PushOutcome.Sent(field(body, "/name"));
        }
        String code = errorCode(body);
        String message = field(body, "/error/message");
        int http = status.value();
        if ("UNREGISTERED".equals(code) || http == 404) {
            return new PushOutcome.TokenGone("unregistered");
        }
        if ("SENDER_ID_MISMATCH".equals(code)) {
            return new PushOutcome.TokenGone("sender_id_mismatch");
        }
        if ("INVALID_ARGUMENT".equals(code) || http == 400) {
            boolean aboutToken = message != null
                    && message.toLowerCase(java.util.Locale.ROOT).contains("token");
            return aboutToken ? new PushOutcome.TokenGone("invalid_token") : new PushOutcome.Failed("invalid_argument");
        }
        if ("THIRD_PARTY_AUTH_ERROR".equals(code)) {
            return new PushOutcome.Failed("third_party_auth_error");
        }
        if (http == 401 || http == 403) {
            renewAccessToken();
            return new PushOutcome.RetryLater("unauthorized", null);
        }
        Duration after = retryAfter(retryAfter);
        if (http == 429) {
            return new PushOutcome.RetryLater(
                    "quota_exceeded", after == null || after.compareTo(QUOTA_WAIT) < 0 ? QUOTA_WAIT : after);
        }
        if (status.is5xxServerError()) {
            return new PushOutcome.RetryLater(http == 503 ? "unavailable" : "internal", after);
        }
        return new PushOutcome.Failed("http_" + http);
    }

    /** Our access token was refused: the next try takes a new one. */
    private void renewAccessToken() {
        try {
            credentials.refresh();
        } catch (IOException | RuntimeException e) {
            // the next try refreshes again
        }
    }

    private String errorCode(String body) {
        JsonNode details = tree(body).at("/error/details");
        for (JsonNode detail : details) {
            if (detail.has("errorCode")) {
                return detail.get("errorCode").asString();
            }
        }
        String status = field(body, "/error/status");
        return "NOT_FOUND".equals(status) ? "UNREGISTERED" : status;
    }

    private String field(String body, String pointer) {
        JsonNode node = tree(body).at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    private JsonNode tree(String body) {
        try {
            return body == null || body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (RuntimeException e) {
            return json.missingNode();
        }
    }

    /** {@code Retry-After} as seconds (FCM's form); an HTTP date is read as a minute. */
    private static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(1);
        }
    }
}
