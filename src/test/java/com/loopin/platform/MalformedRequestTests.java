package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Throws a catalogue of bad requests at every endpoint: each gets a 4xx problem body with a code, never a 500. */
@FlowTest
class MalformedRequestTests {

    static final List<String> BAD_BODIES = List.of(
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            "42",
            "{}",
            "{\"phone_number\":null,\"otp_code\":null}",
            "{\"phone_number\":\"\",\"otp_code\":\"\"}",
            "{\"phone_number\":916205829376,\"otp_code\":1234}",
            "{\"phone_number\":[\"+916205829376\"],\"otp_code\":[\"1234\"]}",
            "{\"phone_number\":{\"$ne\":null},\"otp_code\":{\"$ne\":null}}",
            "{\"phone_number\":true,\"otp_code\":false}",
            "{\"phone_number\":\"+91620582937６\",\"otp_code\":\"1e3\"}",
            "{\"phone_number\":\"' OR '1'='1\",\"otp_code\":\";SELECT pg_sleep(5)--\"}",
            "{\"phone_number\":\"" + "9".repeat(10_000) + "\",\"otp_code\":\"" + "1".repeat(10_000) + "\"}",
            "{\"phone_number\":\"+916205829376\",\"phone_number\":\"+916205829377\"}",
            "{\"phone_number\":\"+916205829376\"} trailing",
            "{\"name\":1,\"birth_date\":2020,\"gender\":[],\"event_interests\":\"1\",\"profile_pictures\":{}}",
            "{\"event_interests\":[1.5],\"profile_pictures\":[null]}",
            "{\"event_interests\":[null,\"x\"]}",
            "{\"birth_date\":\"2000-13-45\",\"gender\":\"MALE \",\"name\":\"<script>alert(1)</script>\"}",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");

    static final List<String> POST_ENDPOINTS = List.of(
            "/api/auth/signup",
            "/api/auth/verify-otp",
            "/api/auth/login",
            "/api/auth/verify-login",
            "/api/auth/complete-profile");

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    Api api;
    String token;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        token = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());
    }

    @Test
    void badBodiesGetAProblemWithACodeAndNeverA500() {
        List<String> failures = new ArrayList<>();
        for (String endpoint : POST_ENDPOINTS) {
            for (String body : BAD_BODIES) {
                var response = api.post(endpoint, body, token);
                String label = endpoint + " " + abbreviate(body) + " -> " + abbreviate(response.toString());
                if (response.status() < 400 || response.status() >= 500) {
                    failures.add(label);
                } else if (!response.contentType().startsWith("application/problem+json")
                        || response.text("code") == null
                        || !response.json().get("success").isBoolean()
                        || response.text("message") == null) {
                    failures.add("no problem body: " + label);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void wrongContentTypeIs415() {
        var response = api.send(api.request("/api/auth/signup", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("+916205829376"))
                .build());
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.text("code")).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"phone_number\":\"" + "1".repeat(200_000) + "\"}";
        var response = api.post("/api/auth/signup", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        byte[] huge = ("{\"phone_number\":\"" + "1".repeat(200_000) + "\"}").getBytes();
        var response = api.send(api.request("/api/auth/signup", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build());
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void unknownMethodIs405WithAProblem() {
        var response = api.send(api.request("/api/auth/signup", null).DELETE().build());
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.text("code")).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void unknownPathWithATokenIs404WithAProblem() {
        var response = api.get("/api/no-such-thing", token);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void invalidPhoneNumbersAreRefusedWithAClearCode() {
        for (String number : List.of("12ab", "+91 12345", "+1 555 0100 999", "+91 11111 11111", "91-abc-777")) {
            var response = api.post("/api/auth/signup", Api.phone(number));
            assertThat(response.status()).as(number).isEqualTo(400);
            assertThat(response.text("code")).as(number).isEqualTo("INVALID_PHONE_NUMBER");
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("phone_number");
        }
        assertThat(sms.countFor("+911111111111")).isZero();
    }

    @Test
    void aControlCharacterInTheAuthorizationHeaderIs400WithAProblem() throws Exception {
        // U+0085 (a C1 control) as UTF-8: Tomcat passes such bytes on, the firewall refuses them when read
        byte[] header = "Authorization: Bearer abc\u00c2\u0085def\r\n".getBytes(StandardCharsets.ISO_8859_1);
        String answer = rawRequest(header);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("\"code\":\"MALFORMED_REQUEST\"");
    }

    @Test
    void aMalformedBearerTokenIs401InvalidToken() {
        var response = api.send(api.request("/api/auth/profile", null)
                .header("Authorization", "Bearer abc def")
                .GET()
                .build());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("INVALID_TOKEN");
    }

    private String rawRequest(byte[] extraHeaders) throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            var out = socket.getOutputStream();
            out.write("GET /api/auth/profile HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(extraHeaders);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
