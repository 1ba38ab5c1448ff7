package com.loopin.operations;

import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"loopin.metrics.username=prometheus", "loopin.metrics.password=scrape-secret"})
@Import(TestBeans.class)
class OperationsTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    com.loopin.support.CapturingSmsSender sms;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void livenessAndReadinessProbesAnswerOnTheMainPort() {
        var liveness = api.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.text("status")).isEqualTo("UP");
        var readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.text("status")).isEqualTo("UP");
    }

    @Test
    void metricsNeedTheScrapeCredentials() {
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(scrape("prometheus:wrong").raw().statusCode()).isEqualTo(401);
        assertThat(scrape("prometheus:scrape-secret").raw().statusCode()).isEqualTo(200);
    }

    @Test
    void noOtherActuatorEndpointIsReachable() {
        for (String path :
                new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/loggers", "/actuator/beans", "/actuator"
                }) {
            assertThat(api.get(path).status()).as(path).isIn(401, 403, 404);
            assertThat(scrape("prometheus:scrape-secret", path).raw().statusCode())
                    .as(path)
                    .isIn(403, 404);
        }
    }

    @Test
    void businessMetricsMoveWhenACodeIsSentAndVerified() {
        String number = TestPhones.newIndianMobile();
        double sentBefore = metric("loopin_otp_codes_sent_total", "purpose=\"signup\"");
        double okBefore = metric("loopin_otp_verifications_total", "outcome=\"ok\"");
        double signupsBefore = metric("loopin_signups_completed_total", "");

        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/verify-otp", Api.code(number, sms.lastCodeFor(number)))
                        .status())
                .isEqualTo(200);

        assertThat(metric("loopin_otp_codes_sent_total", "purpose=\"signup\"")).isEqualTo(sentBefore + 1);
        assertThat(metric("loopin_otp_verifications_total", "outcome=\"ok\"")).isEqualTo(okBefore + 1);
        assertThat(metric("loopin_signups_completed_total", "")).isEqualTo(signupsBefore + 1);
    }

    @Test
    void requestIdsRoundTripAndAreMadeWhenMissing() {
        var given = api.send(api.request("/api/health", null)
                .header("X-Request-Id", "req-12345")
                .GET()
                .build());
        assertThat(given.header("X-Request-Id")).isEqualTo("req-12345");
        var made = api.get("/api/health");
        assertThat(made.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        var garbage = api.send(api.request("/api/health", null)
                .header("X-Request-Id", "not a sane id, far too long to be one: " + "x".repeat(80))
                .GET()
                .build());
        assertThat(garbage.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void forwardedProtoIsBelievedFromATrustedProxyOnly() {
        // the test profile trusts loopback: a redirect then keeps the client's https scheme and host
        var redirect = api.send(api.request("/django/admin/", null)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.loopin.example")
                .GET()
                .build());
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isIn("/admin/", "https://api.loopin.example/admin/");
    }

    private double metric(String name, String label) {
        String labels = label.isEmpty() ? "(?:\\{[^}]*})?" : "\\{[^}]*" + Pattern.quote(label) + "[^}]*}";
        Matcher matcher = Pattern.compile("(?m)^" + name + labels + " ([0-9.E]+)")
                .matcher(scrape("prometheus:scrape-secret").body());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private Api.Response scrape(String credentials) {
        return scrape(credentials, "/actuator/prometheus");
    }

    private Api.Response scrape(String credentials, String path) {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        HttpRequest request = api.request(path, null)
                .header("Authorization", "Basic " + basic)
                .GET()
                .build();
        return api.send(request);
    }
}
