package com.loopin.auth;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.TestPhones;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@FlowTest
class SessionTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String number;
    Api.Response signedIn;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        signedIn = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void verificationReturnsAnOpaqueRefreshTokenStoredOnlyHashed() {
        String refresh = signedIn.text("refresh_token");
        assertThat(refresh).matches("[A-Za-z0-9_-]{43}");
        Integer clear =
                jdbc.queryForObject("select count(*) from refresh_token where token_hash = ?", Integer.class, refresh);
        assertThat(clear).isZero();
    }

    @Test
    void refreshGivesANewPairAndRetiresTheOldToken() {
        var refreshed = refresh(signedIn.text("refresh_token"));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.text("refresh_token")).isNotEqualTo(signedIn.text("refresh_token"));
        assertThat(refreshed.text("token_type")).isEqualTo("Bearer");
        assertThat(refreshed.json().at("/data/phone_number").asString()).isEqualTo(number);
        assertThat(api.get("/api/auth/profile", refreshed.text("token")).status())
                .isEqualTo(200);
        assertThat(refresh(refreshed.text("refresh_token")).status())
                .as("the new one refreshes")
                .isEqualTo(200);
    }

    @Test
    void reusingARetiredTokenAfterTheGraceWindowRevokesTheWholeFamily() {
        String first = signedIn.text("refresh_token");
        var second = refresh(first);
        var third = refresh(second.text("refresh_token"));
        clock.advance(Duration.ofSeconds(11));

        var reuse = refresh(first);
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.text("code")).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(refresh(third.text("refresh_token")).status())
                .as("the newest token of the family dies too")
                .isEqualTo(401);
        assertThat(api.get("/api/auth/profile", third.text("token")).status())
                .as("and so do the family's access tokens")
                .isEqualTo(401);
    }

    @Test
    void aRetiredTokenStillRefreshesWithinTheGraceWindow() {
        String first = signedIn.text("refresh_token");
        refresh(first);
        clock.advance(Duration.ofSeconds(5));
        var retry = refresh(first);
        assertThat(retry.status()).as("a response lost on a bad network").isEqualTo(200);
        assertThat(refresh(retry.text("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void aRepeatedRefreshWithinTheGraceWindowLeavesOneLiveTokenNotTwoChains() {
        String first = signedIn.text("refresh_token");
        var firstSuccessor = refresh(first);
        clock.advance(Duration.ofSeconds(2));
        var secondSuccessor = refresh(first);
        assertThat(secondSuccessor.status()).isEqualTo(200);
        assertThat(liveRefreshTokensOfTheSession()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(11));
        assertThat(refresh(firstSuccessor.text("refresh_token")).status())
                .as("the first successor was retired by the repeat: using it later is reuse")
                .isEqualTo(401);
    }

    @Test
    void eightParallelRefreshesOfOneTokenLeaveOneLiveToken() throws Exception {
        String token = signedIn.text("refresh_token");
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                answers.add(executor.submit(() -> refresh(token).status()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        }
        assertThat(liveRefreshTokensOfTheSession()).isEqualTo(1);
    }

    @Test
    void logoutRefusesARetiredRefreshToken() {
        String first = signedIn.text("refresh_token");
        var rotated = refresh(first);
        var global = api.post("/api/auth/logout?scope=global", Map.of("refresh_token", first));
        assertThat(global.status()).isEqualTo(401);
        assertThat(refresh(rotated.text("refresh_token")).status())
                .as("the session was not ended by a retired token")
                .isEqualTo(200);
    }

    private int liveRefreshTokensOfTheSession() {
        String session = jdbc.queryForObject(
                "select s.id::text from auth_session s join app_user u on u.id = s.user_id where u.phone_number = ?",
                String.class,
                number);
        return jdbc.queryForObject(
                "select count(*) from refresh_token where session_id = ?::uuid and retired_at is null",
                Integer.class,
                session);
    }

    @Test
    void unknownOrMalformedRefreshTokensAre401() {
        for (String bad : new String[] {"nope", "", "x".repeat(5000)}) {
            var response = refresh(bad);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.text("code")).isEqualTo("INVALID_REFRESH_TOKEN");
        }
        assertThat(api.post("/api/auth/refresh", "{}").text("code")).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void aRefreshTokenUnusedForTheIdleLifetimeDies() {
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(refresh(signedIn.text("refresh_token")).text("code")).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverActive() {
        String token = signedIn.text("refresh_token");
        for (int day = 0; day < 29; day += 7) {
            clock.advance(Duration.ofDays(7));
            var refreshed = refresh(token);
            if (day + 7 >= 30) {
                break;
            }
            assertThat(refreshed.status()).as("day %d", day + 7).isEqualTo(200);
            token = refreshed.text("refresh_token");
        }
        clock.advance(Duration.ofDays(3));
        assertThat(refresh(token).text("code")).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void logoutWithTheRefreshTokenAloneEndsItsSession() {
        var logout = api.post("/api/auth/logout", Map.of("refresh_token", signedIn.text("refresh_token")));
        assertThat(logout.status()).isEqualTo(200);
        assertThat(api.get("/api/auth/profile", signedIn.text("token")).status())
                .isEqualTo(401);
        assertThat(refresh(signedIn.text("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    void logoutWithoutTokenOrRefreshTokenIs401() {
        assertThat(api.post("/api/auth/logout", "{}").status()).isEqualTo(401);
    }

    @Test
    void globalLogoutEndsEverySessionOfTheUser() {
        api.post("/api/auth/login", phone(number));
        var other = api.post("/api/auth/verify-login", code(number, sms.lastCodeFor(number)));

        var logout = api.post("/api/auth/logout?scope=global", "{}", signedIn.text("token"));
        assertThat(logout.status()).isEqualTo(200);
        assertThat(api.get("/api/auth/profile", other.text("token")).status()).isEqualTo(401);
        assertThat(refresh(other.text("refresh_token")).status()).isEqualTo(401);
    }

    @Test
    void logoutOfOneSessionKeepsTheOthersRefreshable() {
        api.post("/api/auth/login", phone(number));
        var other = api.post("/api/auth/verify-login", code(number, sms.lastCodeFor(number)));

        api.post("/api/auth/logout", "{}", signedIn.text("token"));
        assertThat(refresh(signedIn.text("refresh_token")).status()).isEqualTo(401);
        assertThat(refresh(other.text("refresh_token")).status()).isEqualTo(200);
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", Map.of("refresh_token", refreshToken));
    }
}
