package com.loopin.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.loopin.LoopinApplication;
import com.loopin.support.Api;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** ENVIRONMENT=prod refuses each unsafe setting with a message that names what to fix. */
class ProductionModeTests {

    static final String DATABASE = "--DATABASE_URL=postgresql://postgres:@127.0.0.1:5432/loopin_test";
    static final String SECRET = "--loopin.jwt.secret-key=production-test-secret-0123456789-abcdefghij";
    static final String TOTP_KEYS =
            "--loopin.staff.totp-keys=1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final String TICKET_KEYS =
            "--loopin.going.ticket-keys=1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final String WEBHOOK = "--loopin.sms.provider=webhook";
    static final String WEBHOOK_URL = "--loopin.sms.webhook.url=https://sms.example.com/send";
    static final String WEBHOOK_SECRET = "--loopin.sms.webhook.secret=whsec_c2VjcmV0LWtleS0wMTIzNDU2Nzg5";
    static final String COUNTRIES = "--loopin.limits.allowed-countries=IN";

    @Test
    void refusesToStartWithoutDatabaseUrl() {
        assertThat(startFailure("--ENVIRONMENT=prod", SECRET, WEBHOOK, WEBHOOK_URL, WEBHOOK_SECRET))
                .contains("ENVIRONMENT=prod needs DATABASE_URL");
    }

    @Test
    void refusesToStartWithoutAJwtSecretOrWithTheOriginalsExample() {
        assertThat(startFailure(
                        "--ENVIRONMENT=prod",
                        DATABASE,
                        "--loopin.jwt.secret-key=",
                        WEBHOOK,
                        WEBHOOK_URL,
                        WEBHOOK_SECRET))
                .contains("ENVIRONMENT=prod needs JWT_SECRET_KEY");
        assertThat(startFailure(
                        "--ENVIRONMENT=prod",
                        DATABASE,
                        "--loopin.jwt.secret-key=your-jwt-secret-key",
                        WEBHOOK,
                        WEBHOOK_URL,
                        WEBHOOK_SECRET))
                .contains("JWT_SECRET_KEY");
    }

    @Test
    void refusesToStartWithAShortJwtSecretInAnyEnvironment() {
        assertThat(startFailure(DATABASE, "--loopin.jwt.secret-key=short"))
                .contains("JWT_SECRET_KEY must be at least 32 bytes");
    }

    @Test
    void refusesToStartWithTheConsoleSmsProvider() {
        assertThat(startFailure("--ENVIRONMENT=prod", DATABASE, SECRET, COUNTRIES))
                .contains("ENVIRONMENT=prod refuses the console SMS provider");
    }

    @Test
    void refusesToStartWithoutKeysOfItsOwnForStaffSecondFactorSecrets() {
        assertThat(startFailure(
                        "--ENVIRONMENT=prod",
                        DATABASE,
                        SECRET,
                        WEBHOOK,
                        WEBHOOK_URL,
                        WEBHOOK_SECRET,
                        "--loopin.limits.allowed-countries=IN",
                        "--loopin.staff.totp-keys="))
                .contains("ENVIRONMENT=prod needs STAFF_TOTP_KEYS");
    }

    @Test
    void refusesToStartWithoutKeysOfItsOwnForTicketCodes() {
        assertThat(startFailure(
                        "--ENVIRONMENT=prod",
                        DATABASE,
                        SECRET,
                        WEBHOOK,
                        WEBHOOK_URL,
                        WEBHOOK_SECRET,
                        COUNTRIES,
                        "--loopin.going.ticket-keys="))
                .contains("ENVIRONMENT=prod needs TICKET_KEYS");
    }

    @Test
    void refusesToStartWithoutAChoiceOfCountriesAndTakesAStarForEvery() {
        assertThat(startFailure("--ENVIRONMENT=prod", DATABASE, SECRET, WEBHOOK, WEBHOOK_URL, WEBHOOK_SECRET))
                .contains("ENVIRONMENT=prod needs SMS_ALLOWED_COUNTRIES");
        try (var context = startInProduction("--loopin.limits.allowed-countries=*")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void startsWhenEverythingIsSetAndSendsHstsBehindTheBalancer() {
        try (var context = startInProduction(COUNTRIES)) {
            var api = new Api(
                    ((WebServerApplicationContext) context).getWebServer().getPort());
            var health = api.get("/api/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
            var login = api.get("/admin/login");
            assertThat(login.raw().headers().allValues("Set-Cookie"))
                    .as("the console's session cookie is Secure and HttpOnly")
                    .anyMatch(cookie -> cookie.startsWith("JSESSIONID=")
                            && cookie.contains("Secure")
                            && cookie.contains("HttpOnly"));
        }
    }

    /** Production mode with every setting it needs but the countries, which the caller chooses. */
    private static org.springframework.context.ConfigurableApplicationContext startInProduction(String countries) {
        return new SpringApplicationBuilder(LoopinApplication.class)
                .run(
                        "--server.port=0",
                        "--ENVIRONMENT=prod",
                        DATABASE,
                        SECRET,
                        WEBHOOK,
                        WEBHOOK_URL,
                        WEBHOOK_SECRET,
                        TOTP_KEYS,
                        TICKET_KEYS,
                        countries);
    }

    /** Each setting but the one under test is there: the TOTP and ticket keys unless a test names them. */
    private static String startFailure(String... args) {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--server.port=0");
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--loopin.staff.totp-keys"))) {
            arguments.add(TOTP_KEYS);
        }
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--loopin.going.ticket-keys"))) {
            arguments.add(TICKET_KEYS);
        }
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(LoopinApplication.class)
                .run(arguments.toArray(String[]::new))
                .close());
        assertThat(failure).as("the server should have refused to start").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
