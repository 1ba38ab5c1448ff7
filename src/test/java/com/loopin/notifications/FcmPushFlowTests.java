package com.loopin.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestBeans;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import com.loopin.support.TestUsers;
import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes through the real FCM provider to a local stand-in of FCM's HTTP v1 API and Google's token endpoint: the
 * payload and its language, an outage that delays but loses nothing, and dead tokens forgotten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestBeans.class)
class FcmPushFlowTests {

    static final String PROJECT = "loopin-test";
    static final String SEND = "/v1/projects/" + PROJECT + "/messages:send";
    static final int PORT = freePort();
    static final WireMockServer fcm =
            new WireMockServer(WireMockConfiguration.options().port(PORT));
    static final JsonMapper json = JsonMapper.builder().build();

    static {
        fcm.start();
    }

    @DynamicPropertySource
    static void fcmSettings(DynamicPropertyRegistry registry) {
        registry.add("loopin.notifications.push.provider", () -> "fcm");
        registry.add("loopin.notifications.push.fcm-credentials-json", FcmPushFlowTests::serviceAccountKey);
        registry.add("loopin.notifications.push.fcm-base-url", fcm::baseUrl);
        registry.add("loopin.notifications.push.retry-base", () -> "1s");
        registry.add("loopin.notifications.push.retry-max", () -> "4s");
        registry.add("loopin.notifications.push.timeout", () -> "2s");
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcClient jdbc;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
        stubFcm();
    }

    @AfterAll
    static void stopFcm() {
        fcm.stop();
    }

    @Test
    void aPushCarriesTheInboxItemInThePersonsLanguage() {
        String host = person(), guest = person();
        String device = "fcm-hi-" + System.nanoTime();
        register(guest, device, "hi-IN");
        String id = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 5));
        ask(guest, id);
        // open admission accepts at once (nothing to push to the guest); the host's message is their first push
        assertThat(api.post("/api/events/" + id + "/messages", Map.of("text", "Gates open at 6"), host)
                        .status())
                .isEqualTo(201);

        JsonNode message = await().atMost(Duration.ofSeconds(15))
                .until(() -> sentTo(device), pushes -> !pushes.isEmpty())
                .getFirst();
        String item = jdbc.sql("select id from notification where kind = 'host_message' and event_id = ?"
                        + " and user_id = (select user_id from push_device where token = ?)")
                .params(id, device)
                .query(String.class)
                .single();
        assertThat(message.at("/message/token").asString()).isEqualTo(device);
        assertThat(message.at("/message/notification/title").asString()).endsWith(" के होस्ट का संदेश");
        assertThat(message.at("/message/notification/body").asString()).isEqualTo("Gates open at 6");
        assertThat(message.at("/message/data/id").asString()).isEqualTo(item);
        assertThat(message.at("/message/data/kind").asString()).isEqualTo("host_message");
        assertThat(message.at("/message/data/deep_link").asString()).isEqualTo("loopin://events/" + id);
        assertThat(message.at("/message/android/priority").asString()).isEqualTo("NORMAL");
        assertThat(message.at("/message/android/notification/tag").asString()).isEqualTo(item);
        assertThat(message.at("/message/apns/headers/apns-collapse-id").asString())
                .isEqualTo(item);
        List<LoggedRequest> sends = fcm.findAll(postRequestedFor(urlEqualTo(SEND)));
        assertThat(sends.getLast().getHeader("Authorization"))
                .as("the access token only the token endpoint gives, for the key's signed assertion")
                .isEqualTo("Bearer test-access-token");
    }

    @Test
    void anOutageOfAMinuteDelaysPushesButEachArrivesOnce() throws Exception {
        String host = person();
        String device = "fcm-outage-" + System.nanoTime();
        register(host, device, "en-IN");
        String id = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 10));
        // the access token is fetched once, while FCM is up
        ask(person(), id);
        await().atMost(Duration.ofSeconds(15)).until(() -> sentTo(device).size() == 1);

        fcm.stop();
        for (int i = 0; i < 3; i++) {
            ask(person(), id);
        }
        Thread.sleep(Duration.ofSeconds(60));
        assertThat(retriesOf(host)).as("tried during the outage and kept").isPositive();
        fcm.start();
        stubFcm();

        await().atMost(Duration.ofSeconds(30)).until(() -> sentTo(device).size() >= 3);
        Thread.sleep(Duration.ofSeconds(3));
        Map<String, Long> perItem = sentTo(device).stream()
                .collect(Collectors.groupingBy(
                        push -> push.at("/message/data/id").asString(), Collectors.counting()));
        assertThat(perItem)
                .hasSize(3)
                .allSatisfy((item, times) -> assertThat(times).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from push_delivery where user_id = ? and status = 'sent'")
                        .param(userId(host))
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void aTokenFcmCallsUnregisteredIsForgotten() {
        String host = person();
        String dead = "fcm-dead-" + System.nanoTime();
        register(host, dead, "en-IN");
        fcm.stubFor(post(urlEqualTo(SEND))
                .withRequestBody(containing(dead))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error": {"code": 404, "message": "Requested entity was not found.",
                                 "status": "NOT_FOUND", "details": [{"@type":
                                 "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED"}]}}
                                """)));
        String id = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 10));
        ask(person(), id);

        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from push_device where token = ?")
                                .param(dead)
                                .query(Long.class)
                                .single()
                        == 0);
        assertThat(jdbc.sql("select outcome from push_delivery where user_id = ?")
                        .param(userId(host))
                        .query(String.class)
                        .list())
                .containsExactly("unregistered");
    }

    private long retriesOf(String token) {
        return jdbc.sql("select count(*) from push_delivery where user_id = ? and status = 'pending' and attempts > 0")
                .param(userId(token))
                .query(Long.class)
                .single();
    }

    private static void stubFcm() {
        fcm.resetAll();
        fcm.stubFor(post(urlEqualTo("/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\": \"test-access-token\", \"expires_in\": 3600,"
                                + " \"token_type\": \"Bearer\"}")));
        fcm.stubFor(post(urlEqualTo(SEND))
                .withHeader("Authorization", equalTo("Bearer test-access-token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"name\": \"projects/" + PROJECT + "/messages/0:1234\"}")));
    }

    private static List<JsonNode> sentTo(String device) {
        if (!fcm.isRunning()) {
            return List.of();
        }
        List<JsonNode> pushes = new ArrayList<>();
        for (LoggedRequest request : fcm.findAll(postRequestedFor(urlEqualTo(SEND)))) {
            JsonNode body = json.readTree(request.getBodyAsString());
            if (device.equals(body.at("/message/token").asString())) {
                pushes.add(body);
            }
        }
        return pushes;
    }

    /**
     * Registers a phone for pushes and turns quiet hours off: these tests are about delivery, and the default quiet
     * hours (22:00-08:00 in Kolkata) would hold a non-urgent push until morning whenever the suite runs at night.
     */
    private void register(String token, String device, String language) {
        var answer = api.post(
                "/api/me/devices", Map.of("token", device, "platform", "android", "language", language), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        var settings = api.put(
                "/api/me/notification-settings", java.util.Collections.singletonMap("quiet_hours", null), token);
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
    }

    private void ask(String token, String eventId) {
        var answer = api.post("/api/events/" + eventId + "/requests", Map.of("seats", 1), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    private long userId(String token) {
        return TestUsers.userId(api, jdbc, token);
    }

    private String person() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    /** A service account key with a fresh RSA key (the library signs its token request with it) and our token URI. */
    static String serviceAccountKey() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(
                                    generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            return json.writeValueAsString(Map.of(
                    "type",
                    "service_account",
                    "project_id",
                    PROJECT,
                    "private_key_id",
                    "test-key-1",
                    "private_key",
                    pem,
                    "client_email",
                    "push@" + PROJECT + ".iam.gserviceaccount.com",
                    "client_id",
                    "100000000000000000001",
                    "token_uri",
                    "http://localhost:" + PORT + "/token"));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
