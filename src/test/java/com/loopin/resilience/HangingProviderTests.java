package com.loopin.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.support.Api;
import com.loopin.support.TestPhones;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The SMS provider accepts connections and never answers. Sign-ups fail within their bound and hold no database
 * connection while they wait; reads go on as if nothing happened; once the provider heals, sign-ups work again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HangingProviderTests {

    static final String ACCOUNT = "AC99998888777766665555444433332222";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
    static final String TEST_NUMBER = "+919999900077";
    static final WireMockServer twilio =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(80));

    static {
        twilio.start();
    }

    @DynamicPropertySource
    static void hangingTwilio(DynamicPropertyRegistry registry) {
        registry.add("loopin.sms.provider", () -> "twilio");
        registry.add("loopin.sms.twilio.account-sid", () -> ACCOUNT);
        registry.add("loopin.sms.twilio.auth-token", () -> "hanging-provider-token");
        registry.add("loopin.sms.twilio.phone-number", () -> "+15005550006");
        registry.add("loopin.sms.twilio.api-base-url", twilio::baseUrl);
        registry.add("loopin.sms.timeout", () -> "1s");
        registry.add("loopin.sms.max-attempts", () -> "2");
        registry.add("loopin.sms.breaker-open", () -> "3s");
        registry.add("loopin.otp.test-numbers", () -> TEST_NUMBER + ":4321");
    }

    @AfterAll
    static void stopTwilio() {
        twilio.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Test
    void aHangingProviderFailsSignupsWithinTheirBoundWhileReadsGoOnAndSignupsComeBackWhenItHeals() throws Exception {
        String token = testNumberUsersToken();
        readWhile(new AtomicBoolean(false), token); // warm: the bound is about the provider, not a cold JVM
        twilio.stubFor(post(MESSAGES).willReturn(aResponse().withFixedDelay(60_000)));
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();

        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Timed>> signups = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                signups.add(executor.submit(
                        timed(() -> new Api(port).post("/api/auth/signup", phone(TestPhones.newIndianMobile())))));
            }
            long waitingFrom = System.nanoTime();
            while (waitingOnProvider() < 16 && System.nanoTime() - waitingFrom < 5_000_000_000L) {
                Thread.sleep(20);
            }
            Thread.sleep(100);
            // 30 sign-ups holding a connection each would take the whole pool (10) and queue the rest; what is in
            // use is the background jobs', a few at a time (each scheduled job runs on a virtual thread of its own)
            int mostConnectionsInUse = 0;
            int mostWaitingForOne = 0;
            for (int i = 0; i < 20; i++) {
                mostConnectionsInUse = Math.max(mostConnectionsInUse, pool.getActiveConnections());
                mostWaitingForOne = Math.max(mostWaitingForOne, pool.getThreadsAwaitingConnection());
                Thread.sleep(25);
            }
            assertThat(mostConnectionsInUse)
                    .as("pooled connections in use while 30 sign-ups wait on the provider")
                    .isLessThanOrEqualTo(4);
            assertThat(mostWaitingForOne).as("requests queued for a connection").isZero();

            AtomicBoolean signingUp = new AtomicBoolean(true);
            Future<List<Timed>> reads = executor.submit(() -> readWhile(signingUp, token));
            for (Future<Timed> signup : signups) {
                Timed answer = signup.get();
                assertThat(answer.status()).isIn(502, 503);
                assertThat(answer.took()).isLessThan(Duration.ofSeconds(20));
            }
            signingUp.set(false);
            List<Timed> readAnswers = reads.get();
            assertThat(readAnswers)
                    .isNotEmpty()
                    .allSatisfy(read -> assertThat(read.status()).isEqualTo(200));
            assertThat(p99(readAnswers)).isLessThanOrEqualTo(Duration.ofMillis(100));
        }

        twilio.resetAll();
        twilio.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"SM" + "b".repeat(32) + "\",\"status\":\"queued\"}")));
        long healedAt = System.nanoTime();
        int status = 0;
        while (status != 200 && Duration.ofNanos(System.nanoTime() - healedAt).toSeconds() < 60) {
            status = new Api(port)
                    .post("/api/auth/signup", phone(TestPhones.newIndianMobile()))
                    .status();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status)
                .as("a sign-up within a minute of the provider healing")
                .isEqualTo(200);
    }

    /** Sends the provider has received; it answers none of them. */
    private static int waitingOnProvider() {
        return twilio.countRequestsMatching(
                        postRequestedFor(urlEqualTo(MESSAGES)).build())
                .getCount();
    }

    private String testNumberUsersToken() {
        var api = new Api(port);
        api.post("/api/auth/signup", phone(TEST_NUMBER));
        var verified = api.post("/api/auth/verify-otp", code(TEST_NUMBER, "4321"));
        assertThat(verified.status()).isEqualTo(200);
        return verified.text("token");
    }

    private List<Timed> readWhile(AtomicBoolean going, String token) throws Exception {
        var api = new Api(port);
        List<Timed> answers = new ArrayList<>();
        while (going.get() || answers.size() < 200) {
            answers.add(timed(() -> api.get("/api/auth/event-interests")).call());
            answers.add(timed(() -> api.get("/api/auth/profile", token)).call());
        }
        return answers;
    }

    private static Callable<Timed> timed(Callable<Api.Response> call) {
        return () -> {
            long start = System.nanoTime();
            int status = call.call().status();
            return new Timed(status, Duration.ofNanos(System.nanoTime() - start));
        };
    }

    private static Duration p99(List<Timed> answers) {
        List<Duration> sorted = answers.stream().map(Timed::took).sorted().toList();
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
    }

    record Timed(int status, Duration took) {}
}
