package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.FlowTest;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@FlowTest
class ApiSurfaceTests {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void rootWelcomesAndPointsAtTheDocs() {
        for (String path : new String[] {"/api", "/api/"}) {
            var root = api.get(path);
            assertThat(root.status()).isEqualTo(200);
            assertThat(root.text("message")).contains("Welcome");
            assertThat(root.text("version")).isNotBlank();
            assertThat(root.text("docs")).isEqualTo("/api/docs");
        }
    }

    @Test
    void healthReportsTheDatabase() {
        var health = api.get("/api/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("healthy");
        assertThat(health.text("service")).isEqualTo("loopin-backend");
        assertThat(health.text("version")).isNotBlank();
        assertThat(health.text("database")).isEqualTo("connected");
    }

    @Test
    void swaggerUiIsServedAtApiDocs() {
        var docs = api.send(api.request("/api/docs", null).GET().build());
        assertThat(docs.status()).isEqualTo(302);
        String location = docs.header("Location");
        var ui = api.get(location.startsWith("http") ? location.substring(location.indexOf("/api/")) : location);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void openApiDocumentDescribesEveryEndpointInSnakeCase() {
        var response = api.get("/api/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        JsonNode doc = response.json();
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        for (String path : new String[] {
            "/api/auth/signup", "/api/auth/verify-otp", "/api/auth/login", "/api/auth/verify-login",
            "/api/auth/event-interests", "/api/auth/complete-profile", "/api/auth/profile", "/api/auth/logout",
            "/api/health", "/api"
        }) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.has("/api/")).as("one API root").isFalse();
        var operationIds = new java.util.ArrayList<String>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                operationIds.add(operation.getValue().get("operationId").asString());
                assertThat(operation.getValue().has("security"))
                        .as("%s %s says whether it needs a token", operation.getKey(), path.getKey())
                        .isTrue();
            }
        }
        assertThat(operationIds).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
        assertThat(operationIds).contains("signup", "verifyOtp", "completeProfile", "getProfile", "listUsers");
        assertThat(doc.at("/components/schemas/TokenEnvelopeSignupData/required")
                        .toString())
                .contains("\"token\"", "\"refresh_token\"");
        assertThat(response.body())
                .contains("\"phone_number\"", "\"otp_code\"", "\"birth_date\"", "\"event_interests\"");
        assertThat(response.body()).doesNotContain("\"phoneNumber\"", "\"otpCode\"", "\"birthDate\"");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void corsPreflightFromAnAllowedOriginIsAnswered() {
        var preflight = api.send(api.request("/api/auth/signup", null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.loopin.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .build());
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.loopin.test");
    }

    @Test
    void corsPreflightFromAnotherOriginIsRefused() {
        var preflight = api.send(api.request("/api/auth/signup", null)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .build());
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        var response = api.get("/api/health");
        assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void aPublicPathWithABadTokenIsStillRefusedAndAnswersCarryTheSameHeadersWithOrWithoutOne() {
        var withoutToken = api.get("/api/auth/event-interests");
        var badToken = api.get("/api/auth/event-interests", "not-a-jwt");

        assertThat(withoutToken.status()).isEqualTo(200);
        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.text("code")).isEqualTo("INVALID_TOKEN");
        for (String header : List.of(
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Cache-Control")) {
            assertThat(withoutToken.header(header)).as(header).isNotNull().isEqualTo(badToken.header(header));
        }
    }

    @Test
    void swaggerUiMayRunItsOwnScripts() {
        var ui = api.get("/api/swagger-ui/index.html");
        assertThat(ui.header("Content-Security-Policy")).startsWith("default-src 'self'");
    }

    @Test
    void theOriginalAdminAddressRedirectsToTheConsole() {
        var legacy = api.send(api.request("/django/admin/", null).GET().build());
        assertThat(legacy.status()).isEqualTo(302);
        assertThat(legacy.header("Location")).endsWith("/admin/");
        var console = api.get("/admin/");
        assertThat(console.status())
                .as("anonymous visitors are sent to sign in")
                .isEqualTo(302);
        assertThat(console.header("Location")).endsWith("/admin/login");
    }
}
