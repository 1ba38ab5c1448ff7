package com.loopin.auth;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@FlowTest
class OneTimeCodeRulesTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeWrongTriesKillTheCode() {
        String number = requestSignupCode();
        String right = sms.lastCodeFor(number);
        String wrong = SignupAndLoginFlowTests.wrongCode(right);

        var first = api.post("/api/auth/verify-otp", code(number, wrong));
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.text("code")).isEqualTo("OTP_INVALID");
        assertThat(first.json().get("attempts_remaining").asInt()).isEqualTo(2);
        assertThat(api.post("/api/auth/verify-otp", code(number, wrong))
                        .json()
                        .get("attempts_remaining")
                        .asInt())
                .isEqualTo(1);
        var third = api.post("/api/auth/verify-otp", code(number, wrong));
        assertThat(third.text("code")).isEqualTo("OTP_ATTEMPTS_EXCEEDED");

        var rightAfterDeath = api.post("/api/auth/verify-otp", code(number, right));
        assertThat(rightAfterDeath.status()).isEqualTo(400);
        assertThat(rightAfterDeath.text("code")).isEqualTo("OTP_ATTEMPTS_EXCEEDED");
    }

    @Test
    void rightCodeOnTheLastAllowedTryStillWorks() {
        String number = requestSignupCode();
        String right = sms.lastCodeFor(number);
        String wrong = SignupAndLoginFlowTests.wrongCode(right);
        api.post("/api/auth/verify-otp", code(number, wrong));
        api.post("/api/auth/verify-otp", code(number, wrong));

        assertThat(api.post("/api/auth/verify-otp", code(number, right)).status())
                .isEqualTo(200);
    }

    @Test
    void codeExpiresAfterTenMinutes() {
        String number = requestSignupCode();
        String right = sms.lastCodeFor(number);

        clock.advance(Duration.ofSeconds(601));
        var late = api.post("/api/auth/verify-otp", code(number, right));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.text("code")).isEqualTo("OTP_EXPIRED");
    }

    @Test
    void codeIsStillGoodJustBeforeExpiry() {
        String number = requestSignupCode();
        clock.advance(Duration.ofSeconds(590));
        assertThat(api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aNewRequestReplacesTheOldCode() {
        String number = requestSignupCode();
        String old = sms.lastCodeFor(number);
        String fresh;
        do {
            api.post("/api/auth/signup", phone(number));
            fresh = sms.lastCodeFor(number);
        } while (fresh.equals(old));

        var withOld = api.post("/api/auth/verify-otp", code(number, old));
        assertThat(withOld.text("code")).isEqualTo("OTP_INVALID");
        assertThat(api.post("/api/auth/verify-otp", code(number, fresh)).status())
                .isEqualTo(200);
    }

    @Test
    void aNewRequestGivesFreshAttempts() {
        String number = requestSignupCode();
        String wrong = SignupAndLoginFlowTests.wrongCode(sms.lastCodeFor(number));
        for (int i = 0; i < 3; i++) {
            api.post("/api/auth/verify-otp", code(number, wrong));
        }
        api.post("/api/auth/signup", phone(number));
        assertThat(api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCodeThatVerifiedNeverVerifiesAgain() {
        String number = requestSignupCode();
        String right = sms.lastCodeFor(number);
        assertThat(api.post("/api/auth/verify-otp", code(number, right)).status())
                .isEqualTo(200);

        var reused = api.post("/api/auth/verify-otp", code(number, right));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.text("code")).isEqualTo("OTP_NOT_FOUND");
    }

    @Test
    void eightParallelVerificationsOfOneCodeHaveExactlyOneWinner() throws Exception {
        String number = requestSignupCode();
        List<Integer> statuses = inParallel(
                8,
                i -> api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)))
                        .status());

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 400).hasSize(7);
        Integer sessions = jdbc.queryForObject(
                "select count(*) from auth_session s join app_user u on u.id = s.user_id where u.phone_number = ?",
                Integer.class,
                number);
        assertThat(sessions).isEqualTo(1);
    }

    @Test
    void parallelWrongGuessesCannotTryMoreThanTheLimit() throws Exception {
        String number = requestSignupCode();
        String right = sms.lastCodeFor(number);
        List<String> guesses = new ArrayList<>();
        for (int n = 0; guesses.size() < 12; n++) {
            String guess = String.format("%04d", n);
            if (!guess.equals(right)) {
                guesses.add(guess);
            }
        }

        List<Integer> statuses = inParallel(
                12,
                i -> api.post("/api/auth/verify-otp", code(number, guesses.get(i)))
                        .status());

        assertThat(statuses).containsOnly(400);
        Integer attempts =
                jdbc.queryForObject("select attempts from phone_code where phone_number = ?", Integer.class, number);
        assertThat(attempts).isEqualTo(3);
        assertThat(api.post("/api/auth/verify-otp", code(number, right)).text("code"))
                .isEqualTo("OTP_ATTEMPTS_EXCEEDED");
    }

    @Test
    void aSignupCodeDoesNotLogIn() {
        String number = TestPhones.newIndianMobile();
        new PhoneAuthClient(api, sms).signUpComplete(number);

        api.post("/api/auth/login", phone(number));
        String loginCode = sms.lastCodeFor(number);
        var viaSignup = api.post("/api/auth/verify-otp", code(number, loginCode));
        assertThat(viaSignup.text("code")).isEqualTo("OTP_NOT_FOUND");
        assertThat(api.post("/api/auth/verify-login", code(number, loginCode)).status())
                .isEqualTo(200);
    }

    @Test
    void verifyingWithoutAnyCodeIsOtpNotFound() {
        var response = api.post("/api/auth/verify-otp", code(TestPhones.newIndianMobile(), "1234"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("OTP_NOT_FOUND");
    }

    @Test
    void codesAreStoredOnlyAsKeyedHashes() {
        String number = requestSignupCode();
        String code = sms.lastCodeFor(number);
        Map<String, Object> row = jdbc.queryForMap("select * from phone_code where phone_number = ?", number);

        assertThat(row.get("code_hash").toString()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).equals(code));
    }

    @Test
    void codeOfTheWrongShapeIsAValidationError() {
        String number = requestSignupCode();
        for (String bad : List.of("12", "12345", "12a4", "１２３４", " 1234")) {
            var response = api.post("/api/auth/verify-otp", code(number, bad));
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.text("code")).as(bad).isEqualTo("VALIDATION_ERROR");
            assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("otp_code");
        }
        Integer attempts =
                jdbc.queryForObject("select attempts from phone_code where phone_number = ?", Integer.class, number);
        assertThat(attempts).as("malformed codes use no attempt").isZero();
    }

    private String requestSignupCode() {
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        return number;
    }

    interface Call {
        int run(int index) throws Exception;
    }

    private static List<Integer> inParallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
