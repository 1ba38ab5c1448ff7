package com.loopin.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.audit.AuditLog;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@FlowTest
class StaffApiTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staffAccounts;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    AuditLog audit;

    Api api;
    String staffName;
    String staffToken;
    String number;
    String userToken;
    long userId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        staffName = "tool-" + UUID.randomUUID().toString().substring(0, 8);
        staffAccounts.create(com.loopin.shared.Actor.system("test"), staffName, "staff-tool-password", StaffRole.STAFF);
        staffToken = api.post("/api/auth/token", Map.of("username", staffName, "password", "staff-tool-password"))
                .text("token");
        number = TestPhones.newIndianMobile();
        userToken = new PhoneAuthClient(api, sms).signUpComplete(number);
        userId = api.get("/api/users?search=" + number.substring(3), staffToken)
                .json()
                .at("/users/0/id")
                .asLong();
    }

    @Test
    void staffGetATokenWithJsonOrTheOauthPasswordForm() {
        var json = api.post("/api/auth/token", Map.of("username", staffName, "password", "staff-tool-password"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.text("token")).isEqualTo(json.text("access_token"));
        assertThat(json.text("token_type")).isEqualTo("Bearer");
        assertThat(json.json().at("/data/role").asString()).isEqualTo("staff");

        var form = api.send(api.request("/api/auth/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + staffName + "&password=staff-tool-password"))
                .build());
        assertThat(form.status()).isEqualTo(200);

        var wrong = api.post("/api/auth/token", Map.of("username", staffName, "password", "nope-nope-nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.text("code")).isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @Test
    void staffListUsersInTheOriginalsShape() {
        var page = api.get("/api/users?page=1&per_page=5&search=" + number.substring(3), staffToken);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(1);
        assertThat(page.json().get("page").asInt()).isEqualTo(1);
        assertThat(page.json().get("per_page").asInt()).isEqualTo(5);
        assertThat(page.json().get("total_pages").asInt()).isEqualTo(1);
        assertThat(page.json().at("/users/0/phone_number").asString()).isEqualTo(number);
        assertThat(page.json().at("/users/0/profile_complete").asBoolean()).isTrue();
    }

    @Test
    void appUsersCannotListUsersOrSeeSomeoneElse() {
        assertThat(api.get("/api/users", userToken).status()).isEqualTo(403);
        String otherToken = new PhoneAuthClient(api, sms).signUp(TestPhones.newIndianMobile());
        var other = api.get("/api/users/" + userId, otherToken);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text("code")).isEqualTo("ACCESS_DENIED");
        assertThat(api.get("/api/users/" + userId, userToken).status())
                .as("but themselves")
                .isEqualTo(200);
        assertThat(api.post("/api/users/" + userId + "/activate", "{}", userToken)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void staffUpdatesFollowTheAppsRulesAndAreAudited() {
        Map<String, Object> update = new HashMap<>(PhoneAuthClient.validProfile());
        update.put("birth_date", "2015-01-01");
        var refused = put("/api/users/" + userId, update, staffToken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("birth_date");

        update.put("birth_date", "1991-03-04");
        update.put("location", "Pune");
        var saved = put("/api/users/" + userId, update, staffToken);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text("location")).isEqualTo("Pune");
        assertThat(audit.search(new com.loopin.audit.AuditFilter(staffName, null, null, null, null, null, null), 0, 10)
                        .getContent())
                .anyMatch(
                        e -> e.action().equals("profile.update") && e.targetId().equals(Long.toString(userId)));
    }

    @Test
    void deletingDeactivatesAndStaffCanActivateAgain() {
        var deleted =
                api.send(api.request("/api/users/" + userId, userToken).DELETE().build());
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(api.get("/api/auth/profile", userToken).status())
                .as("their session ended")
                .isEqualTo(401);
        assertThat(api.get("/api/users/" + userId, staffToken)
                        .json()
                        .get("is_active")
                        .asBoolean())
                .isFalse();

        assertThat(api.post("/api/users/" + userId + "/activate", "{}", staffToken)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/login", Api.phone(number)).status()).isEqualTo(200);
    }

    @Test
    void aStaffTokenIsNotAnAppUsersToken() {
        var profile = api.get("/api/auth/profile", staffToken);
        assertThat(profile.status()).isEqualTo(403);
        assertThat(profile.text("code")).isEqualTo("ACCESS_DENIED");
    }

    private Api.Response put(String path, Object body, String token) {
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
        return api.send(api.request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    @Test
    void twelveParallelWrongPasswordsLockTheirAddressOutAndTheRightOneIsRefusedAfter() throws Exception {
        String name = "parallel-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        staffAccounts.create(com.loopin.shared.Actor.system("test"), name, "the-right-password", StaffRole.STAFF);
        var guesser = new Api(port);
        try (var executor = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 12; i++) {
                answers.add(executor.submit(
                        () -> guesser.post("/api/auth/token", Map.of("username", name, "password", "a-wrong-password"))
                                .status()));
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
        }
        assertThat(guesser.post("/api/auth/token", Map.of("username", name, "password", "the-right-password"))
                        .status())
                .as("the twelve wrong passwords, all counted, locked their address out of the account")
                .isEqualTo(401);
    }
}
