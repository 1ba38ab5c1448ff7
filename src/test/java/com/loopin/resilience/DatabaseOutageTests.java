package com.loopin.resilience;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.TestPhones;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database refuses every connection for 15 seconds, its open connections killed, while sign-ups,
 * verifications and reads go on. No answer is a 500, none takes longer than 6 s, the service comes back by itself
 * within 2 s of the database (the second review's goal for finding 11 is 5 s), also after a quiet outage, and
 * nothing a client was told succeeded is lost. It runs on a database of its own,
 * so the outage touches no other test.
 */
@FlowTest
class DatabaseOutageTests {

    static final String DATABASE = "loopin_outage";
    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final Duration OUTAGE = Duration.ofSeconds(15);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        com.loopin.support.TestDatabaseSetup.ownDatabase(DATABASE, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcClient jdbc;

    final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> signedUp = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> verified = new ConcurrentLinkedQueue<>();

    @Test
    void aFifteenSecondOutageAnswers503NeverWaitsLongLosesNothingAndHealsByItself() throws Exception {
        long start = System.nanoTime();
        long outageFrom = start + Duration.ofSeconds(4).toNanos();
        long outageTo = outageFrom + OUTAGE.toNanos();
        long end = outageTo + Duration.ofSeconds(8).toNanos();
        String token = newUsersToken();

        try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                load.submit(() -> signUpAndVerifyUntil(end));
            }
            load.submit(() -> readUntil(end, "/api/auth/profile", token));
            load.submit(() -> readUntil(end, "/api/auth/event-interests", null));
            load.submit(() -> readUntil(end, "/api/health", null));

            sleepUntil(outageFrom);
            try (Connection admin = admin()) {
                admin.createStatement().execute("alter database " + DATABASE + " allow_connections false");
                admin.createStatement()
                        .execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                                + "'");
                sleepUntil(outageTo);
                admin.createStatement().execute("alter database " + DATABASE + " allow_connections true");
            }
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }

        List<Answer> all = List.copyOf(answers);
        assertThat(all).extracting(Answer::status).doesNotContain(500);
        assertThat(all).allSatisfy(answer -> assertThat(answer.took()).isLessThanOrEqualTo(Duration.ofSeconds(6)));
        List<Answer> duringOutage = all.stream()
                .filter(answer -> answer.startedAt() > outageFrom + 2_500_000_000L && answer.endedAt() < outageTo)
                .toList();
        assertThat(duringOutage)
                .filteredOn(answer -> !answer.path().equals("/api/auth/event-interests"))
                .as("answers that need the database, while it refused connections")
                .isNotEmpty()
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.path()).isEqualTo(503));
        assertThat(duringOutage)
                .filteredOn(answer -> answer.path().equals("/api/auth/event-interests"))
                .as("interests are served from memory")
                .isNotEmpty()
                .extracting(Answer::status)
                .containsOnly(200);
        long firstSignupBack = all.stream()
                .filter(answer -> answer.path().equals("/api/auth/signup") && answer.status() == 200)
                .mapToLong(Answer::endedAt)
                .filter(at -> at > outageTo)
                .min()
                .orElse(Long.MAX_VALUE);
        System.out.printf(
                "First sign-up served %d ms after the database returned%n", (firstSignupBack - outageTo) / 1_000_000);
        assertThat(Duration.ofNanos(firstSignupBack - outageTo))
                .as("from the database's return to the first sign-up served (the review's goal: 5 s)")
                .isLessThanOrEqualTo(Duration.ofSeconds(2));

        assertThat(signedUp).isNotEmpty();
        for (String number : signedUp) {
            assertThat(count("select count(*) from phone_lead where phone_number = ?", number))
                    .as("lead of " + number)
                    .isEqualTo(1);
        }
        for (String number : verified) {
            assertThat(count("select count(*) from app_user where phone_number = ?", number))
                    .as("user of " + number)
                    .isEqualTo(1);
        }
    }

    @Test
    void afterAQuietOutageTheFirstSignUpIsServedPromptly() throws Exception {
        var api = new Api(port);
        assertThat(api.post("/api/auth/signup", Api.phone(TestPhones.newIndianMobile()))
                        .status())
                .isEqualTo(200);
        try (Connection admin = admin()) {
            admin.createStatement().execute("alter database " + DATABASE + " allow_connections false");
            admin.createStatement()
                    .execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                            + "'");
            Thread.sleep(Duration.ofSeconds(20));
            admin.createStatement().execute("alter database " + DATABASE + " allow_connections true");
        }
        long back = System.nanoTime();
        int status = 0;
        while (status != 200
                && System.nanoTime() - back < Duration.ofSeconds(15).toNanos()) {
            status = api.post("/api/auth/signup", Api.phone(TestPhones.newIndianMobile()))
                    .status();
        }
        long tookMillis = (System.nanoTime() - back) / 1_000_000;
        System.out.printf(
                "After a quiet outage, the first sign-up was served %d ms after the database returned%n", tookMillis);
        assertThat(status).isEqualTo(200);
        assertThat(Duration.ofMillis(tookMillis)).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    private void signUpAndVerifyUntil(long end) {
        var api = new Api(port);
        while (System.nanoTime() < end) {
            String number = TestPhones.newIndianMobile();
            if (call(api, "/api/auth/signup", () -> api.post("/api/auth/signup", phone(number))) == 200) {
                signedUp.add(number);
                String sent = sms.lastCodeFor(number);
                if (call(api, "/api/auth/verify-otp", () -> api.post("/api/auth/verify-otp", code(number, sent)))
                        == 200) {
                    verified.add(number);
                }
            }
            pause();
        }
    }

    private void readUntil(long end, String path, String token) {
        var api = new Api(port);
        while (System.nanoTime() < end) {
            call(api, path, () -> api.get(path, token));
            pause();
        }
    }

    private int call(Api api, String path, java.util.function.Supplier<Api.Response> request) {
        long started = System.nanoTime();
        int status = request.get().status();
        long ended = System.nanoTime();
        answers.add(new Answer(path, status, started, ended));
        return status;
    }

    private String newUsersToken() {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        var response = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        assertThat(response.status()).isEqualTo(200);
        return response.text("token");
    }

    private long count(String sql, String number) {
        return jdbc.sql(sql).params(number).query(Long.class).single();
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER, "postgres", "");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Answer(String path, int status, long startedAt, long endedAt) {
        Duration took() {
            return Duration.ofNanos(endedAt - startedAt);
        }
    }
}
