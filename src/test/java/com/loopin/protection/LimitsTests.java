package com.loopin.protection;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.MutableClock;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Every limit answers 429 with Retry-After and the seconds to wait, and the counts live in the database. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "loopin.otp.resend-cooldown=60s",
            "loopin.limits.codes-per-number-per10-minutes=5",
            "loopin.limits.codes-per-number-per-day=10",
            "loopin.limits.code-requests-per-ip=30",
            "loopin.limits.verifications-per-ip=20",
            "loopin.limits.sms-per-prefix-per-hour=12",
            "loopin.limits.allowed-countries=IN",
            "loopin.limits.failure-budget=5",
            "loopin.limits.first-lockout=900s",
            "loopin.limits.max-lockout=86400s"
        })
@Import(TestBeans.class)
class LimitsTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        clock.freshDay();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aSecondCodeWithinTheCooldownIs429WithRetryAfter() {
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(20));

        var again = api.post("/api/auth/signup", phone(number));
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.text("code")).isEqualTo("OTP_COOLDOWN");
        assertThat(Integer.parseInt(again.header("Retry-After"))).isBetween(38, 41);
        assertThat(again.json().get("retry_after_seconds").asInt()).isBetween(38, 41);
        assertThat(sms.countFor(number)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(41));
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
    }

    @Test
    void theCooldownDoesNotStopALoginRightAfterAUsedCode() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        assertThat(api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)))
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/login", phone(number)).status()).isEqualTo(200);
    }

    @Test
    void aNumberGetsAtMostFiveCodesInTenMinutes() {
        String number = TestPhones.newIndianMobile();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/auth/signup", phone(number)).status())
                    .as("code %d", i + 1)
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(61));
        }
        var sixth = api.post("/api/auth/signup", phone(number));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.text("code")).isEqualTo("RATE_LIMITED");
        assertThat(sixth.text("limit")).isEqualTo("number_codes_10_minutes");
        assertThat(sixth.header("Retry-After")).isNotNull();
        assertThat(sms.countFor(number)).isEqualTo(5);
    }

    @Test
    void aNumberGetsAtMostTenCodesADay() {
        String number = TestPhones.newIndianMobile();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                clock.advance(Duration.ofMinutes(10));
            }
            assertThat(api.post("/api/auth/signup", phone(number)).status())
                    .as("code %d", i + 1)
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(61));
        }
        clock.advance(Duration.ofMinutes(10));
        var eleventh = api.post("/api/auth/signup", phone(number));
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.text("limit")).isEqualTo("number_codes_day");
        assertThat(Long.parseLong(eleventh.header("Retry-After")))
                .isGreaterThan(Duration.ofHours(20).toSeconds());
    }

    @Test
    void anAddressGetsAtMostThirtyCodeRequestsInFiveMinutes() {
        for (int i = 0; i < 30; i++) {
            assertThat(api.post("/api/auth/signup", phone(TestPhones.newIndianMobile()))
                            .status())
                    .isEqualTo(200);
        }
        var over = api.post("/api/auth/signup", phone(TestPhones.newIndianMobile()));
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.text("limit")).isEqualTo("ip_code_requests");
        assertThat(Integer.parseInt(over.header("Retry-After"))).isBetween(1, 300);

        var otherClient = new Api(port);
        assertThat(otherClient
                        .post("/api/auth/signup", phone(TestPhones.newIndianMobile()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void loginWithUnknownNumbersCountsAgainstTheAddressSoEnumerationIsLimited() {
        for (int i = 0; i < 30; i++) {
            assertThat(api.post("/api/auth/login", phone(TestPhones.newIndianMobile()))
                            .status())
                    .isEqualTo(404);
        }
        var over = api.post("/api/auth/login", phone(TestPhones.newIndianMobile()));
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.text("limit")).isEqualTo("ip_code_requests");
    }

    @Test
    void verifyLoginWithUnknownNumbersCountsAgainstTheAddress() {
        for (int i = 0; i < 20; i++) {
            assertThat(api.post("/api/auth/verify-login", code(TestPhones.newIndianMobile(), "1234"))
                            .status())
                    .isEqualTo(404);
        }
        var over = api.post("/api/auth/verify-login", code(TestPhones.newIndianMobile(), "1234"));
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.text("limit")).isEqualTo("ip_verifications");
    }

    @Test
    void retryAfterRoundsUpSoThatWaitingExactlyThatLongWorks() {
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        clock.advance(java.time.Duration.ofMillis(600));
        var again = api.post("/api/auth/signup", phone(number));
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.header("Retry-After")).isEqualTo("60");
        assertThat(again.json().get("retry_after_seconds").asInt()).isEqualTo(60);
        clock.advance(java.time.Duration.ofSeconds(60));
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
    }

    @Test
    void parallelWrongGuessesStopAtTheLockout() throws Exception {
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        String right = sms.lastCodeFor(number);
        String wrong = right.equals("0000") ? "1111" : "0000";
        for (int i = 0; i < 3; i++) {
            api.post("/api/auth/verify-otp", code(number, wrong));
        }
        clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        String fresh = sms.lastCodeFor(number);
        String guess = fresh.equals("0000") ? "1111" : "0000";

        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3; i++) {
                executor.submit(() -> {
                    var answer = new Api(port).post("/api/auth/verify-otp", code(number, guess));
                    statuses.add(answer.status() == 429 ? answer.text("code") : Integer.toString(answer.status()));
                });
            }
        }
        assertThat(statuses)
                .as("two more wrong codes reach the budget of five; the third guess meets the lockout")
                .containsExactlyInAnyOrder("400", "400", "VERIFICATION_LOCKED");
    }

    @Test
    void anAddressGetsALimitedNumberOfVerifications() {
        for (int i = 0; i < 20; i++) {
            assertThat(api.post("/api/auth/verify-otp", code(TestPhones.newIndianMobile(), "1234"))
                            .status())
                    .isEqualTo(400);
        }
        var over = api.post("/api/auth/verify-otp", code(TestPhones.newIndianMobile(), "1234"));
        assertThat(over.status()).isEqualTo(429);
        assertThat(over.text("limit")).isEqualTo("ip_verifications");
    }

    @Test
    void wrongCodesAcrossCodesLockTheNumberOutWithGrowingWaits() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        String wrong = wrongFor(sms.lastCodeFor(number));
        for (int i = 0; i < 3; i++) {
            api.post("/api/auth/verify-otp", code(number, wrong));
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(api.post("/api/auth/signup", phone(number)).status())
                .as("a new code does not reset the failures")
                .isEqualTo(200);
        String right = sms.lastCodeFor(number);
        api.post("/api/auth/verify-otp", code(number, wrongFor(right)));
        api.post("/api/auth/verify-otp", code(number, wrongFor(right)));

        var locked = api.post("/api/auth/verify-otp", code(number, right));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("VERIFICATION_LOCKED");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(890, 900);
        var noNewCode = api.post("/api/auth/signup", phone(number));
        assertThat(noNewCode.text("code"))
                .as("no SMS is wasted on a locked number")
                .isEqualTo("VERIFICATION_LOCKED");

        clock.advance(Duration.ofSeconds(901));
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        api.post("/api/auth/verify-otp", code(number, wrongFor(sms.lastCodeFor(number))));
        var lockedLonger = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        assertThat(Integer.parseInt(lockedLonger.header("Retry-After"))).isBetween(1790, 1800);

        clock.advance(Duration.ofSeconds(1801));
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)))
                        .status())
                .as("the right code after the lockout")
                .isEqualTo(200);
    }

    @Test
    void aNumberPrefixGetsALimitedNumberOfCodes() {
        List<String> neighbours = neighbours(TestPhones.newIndianMobile(), 13);
        for (int i = 0; i < 12; i++) {
            assertThat(api.post("/api/auth/signup", phone(neighbours.get(i))).status())
                    .isEqualTo(200);
        }
        var thirteenth = new Api(port).post("/api/auth/signup", phone(neighbours.get(12)));
        assertThat(thirteenth.status()).isEqualTo(429);
        assertThat(thirteenth.text("limit")).isEqualTo("number_prefix_hour");
        assertThat(sms.countFor(neighbours.get(12))).isZero();
    }

    @Test
    void numbersOutsideTheAllowedCountriesGetNoCode() {
        var response = api.post("/api/auth/signup", phone("+44 7911 123456"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("SMS_COUNTRY_NOT_ALLOWED");
        assertThat(sms.countFor("+447911123456")).isZero();
    }

    @Test
    void numbersKnownNotToBeMobilesGetNoCode() throws Exception {
        var util = PhoneNumberUtil.getInstance();
        String landline = "+911123456789";
        assertThat(util.getNumberType(util.parse(landline, null)))
                .as("the case this test is about")
                .isEqualTo(PhoneNumberUtil.PhoneNumberType.FIXED_LINE);

        var response = api.post("/api/auth/signup", phone(landline));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("PHONE_TYPE_NOT_SUPPORTED");
        assertThat(sms.countFor(landline)).isZero();
    }

    @Test
    void aFailedSendUsesNeitherTheCooldownNorTheLimits() {
        String number = TestPhones.newIndianMobile();
        sms.failNext(3);
        for (int i = 0; i < 3; i++) {
            var failed = api.post("/api/auth/signup", phone(number));
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.text("code")).isEqualTo("SMS_DELIVERY_FAILED");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/auth/signup", phone(number)).status())
                    .as("send %d", i + 1)
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(61));
        }
    }

    private static String wrongFor(String code) {
        return code.equals("0000") ? "1111" : "0000";
    }

    /** Valid numbers that differ from this one only in the last three digits. */
    private static List<String> neighbours(String number, int count) {
        var util = PhoneNumberUtil.getInstance();
        List<String> found = new ArrayList<>();
        String prefix = number.substring(0, number.length() - 3);
        for (int suffix = 0; suffix < 1000 && found.size() < count; suffix++) {
            String candidate = prefix + String.format("%03d", suffix);
            try {
                if (util.isValidNumber(util.parse(candidate, null))) {
                    found.add(candidate);
                }
            } catch (Exception ignored) {
                // not a number
            }
        }
        return found;
    }
}
