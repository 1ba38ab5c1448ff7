package com.loopin.notifications;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.loopin.shared.PublicPaths;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses how pushes are sent ({@code PUSH_PROVIDER}): FCM with a service account's key, or the log. A chosen FCM
 * without a readable key refuses to start with a message that names the setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);
    private static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    /** The development push inbox, as the SMS one is. */
    @Bean
    PublicPaths notificationPublicPaths() {
        return PublicPaths.of("/api/dev/push");
    }

    @Bean
    DevPushInbox devPushInbox(NotificationProperties properties) {
        return new DevPushInbox(!usesFcm(properties.push()));
    }

    @Bean
    PushSender pushSender(NotificationProperties properties, DevPushInbox inbox, JsonMapper json, Clock clock) {
        NotificationProperties.Push push = properties.push();
        if (push.lease().compareTo(push.timeout().multipliedBy(2)) < 0) {
            throw new IllegalStateException("The push lease (" + push.lease() + ") must be at least twice the push "
                    + "timeout (" + push.timeout() + "): a claim must outlast the sends it covers");
        }
        if (!usesFcm(push)) {
            log.info(
                    "Pushes go to the log and /dev/push (PUSH_PROVIDER={}; set FCM_CREDENTIALS_FILE for FCM)",
                    push.provider());
            return new LogPushSender(inbox, clock);
        }
        ServiceAccountCredentials key = key(push);
        String project =
                push.fcmProjectId() == null || push.fcmProjectId().isBlank() ? key.getProjectId() : push.fcmProjectId();
        if (project == null || project.isBlank()) {
            throw new IllegalStateException(
                    "FCM_PROJECT_ID is not set and the service account key names no project_id");
        }
        GoogleCredentials credentials = key.createScoped(List.of(SCOPE));
        // HTTP/2 to FCM (negotiated over TLS); a plain-http stand-in (WireMock in tests) is spoken to in HTTP/1.1,
        // as the JDK's clear-text HTTP/2 upgrade is refused by some servers
        var http = HttpClient.newBuilder()
                .connectTimeout(push.timeout())
                .version(
                        push.fcmBaseUrl().startsWith("https:")
                                ? HttpClient.Version.HTTP_2
                                : HttpClient.Version.HTTP_1_1)
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(push.timeout());
        RestClient client = RestClient.builder()
                .requestFactory(requests)
                .baseUrl(push.fcmBaseUrl())
                .build();
        log.info("Pushes go to FCM, project {}", project);
        return new FcmPushSender(client, credentials, project, json);
    }

    private static boolean usesFcm(NotificationProperties.Push push) {
        return switch (push.provider()) {
            case "fcm" -> true;
            case "log" -> false;
            case "auto" -> push.fcmConfigured();
            default ->
                throw new IllegalStateException("PUSH_PROVIDER must be fcm, log or auto, not " + push.provider());
        };
    }

    private static ServiceAccountCredentials key(NotificationProperties.Push push) {
        if (!push.fcmConfigured()) {
            throw new IllegalStateException(
                    "PUSH_PROVIDER=fcm needs FCM_CREDENTIALS_FILE (or FCM_CREDENTIALS_JSON): a service account key");
        }
        try (InputStream in =
                push.fcmCredentialsJson() != null && !push.fcmCredentialsJson().isBlank()
                        ? new ByteArrayInputStream(push.fcmCredentialsJson().getBytes(StandardCharsets.UTF_8))
                        : Files.newInputStream(Path.of(push.fcmCredentialsFile()))) {
            ServiceAccountCredentials key = ServiceAccountCredentials.fromStream(in);
            if (push.fcmTokenUri() != null && !push.fcmTokenUri().isBlank()) {
                key = key.toBuilder()
                        .setTokenServerUri(URI.create(push.fcmTokenUri()))
                        .build();
            }
            return key;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The FCM service account key (FCM_CREDENTIALS_FILE or FCM_CREDENTIALS_JSON) cannot be read: "
                            + e.getClass().getSimpleName());
        }
    }
}
