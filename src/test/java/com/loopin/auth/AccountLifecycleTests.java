package com.loopin.auth;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.leads.Leads;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import com.loopin.users.UserManagement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@FlowTest
class AccountLifecycleTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    Leads leads;

    @Autowired
    com.loopin.users.UserDirectory directory;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void deletingTheAccountRedactsTheAuditEntriesAboutIt() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        var signedIn = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        long userId = signedIn.json().at("/data/user_id").asLong();
        api.post("/api/auth/complete-profile", PhoneAuthClient.validProfile(), signedIn.text("token"));
        var profile = directory.find(userId).orElseThrow();
        directory.updateProfile(
                com.loopin.shared.Actor.staff("some-staff"),
                userId,
                new com.loopin.users.ProfileChange(
                        "Gaurav Kay",
                        "1995-01-01",
                        profile.gender(),
                        java.util.List.copyOf(profile.interestIds()),
                        profile.pictures(),
                        "Loves jazz",
                        profile.location()));

        var deleted = api.send(api.request("/api/auth/account", signedIn.text("token"))
                .DELETE()
                .build());
        assertThat(deleted.status()).isEqualTo(200);

        var entry = jdbc.queryForMap(
                "select actor, action, summary, before_text, after_text from audit_entry"
                        + " where target_type = 'user' and target_id = ?",
                Long.toString(userId));
        assertThat(entry.get("actor")).isEqualTo("some-staff");
        assertThat(entry.get("action")).isEqualTo("profile.update");
        assertThat((String) entry.get("summary"))
                .doesNotContain(number)
                .endsWith(number.substring(number.length() - 4));
        assertThat(entry.get("before_text").toString() + entry.get("after_text"))
                .doesNotContain("Gaurav")
                .doesNotContain("1995")
                .doesNotContain("jazz");
    }

    @Test
    void deletingTheAccountRemovesItsDataAndEndsItsSessions() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        var signedIn = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        String token = signedIn.text("token");
        api.post("/api/auth/complete-profile", PhoneAuthClient.validProfile(), token);
        long userId = signedIn.json().at("/data/user_id").asLong();

        var deleted = api.send(api.request("/api/auth/account", token).DELETE().build());
        assertThat(deleted.status()).isEqualTo(200);

        assertThat(api.get("/api/auth/profile", token).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", Map.of("refresh_token", signedIn.text("refresh_token")))
                        .status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/login", phone(number)).text("code")).isEqualTo("USER_NOT_FOUND");
        for (String table :
                List.of("app_user where id = ?", "user_profile where user_id = ?", "auth_session where user_id = ?")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class, userId))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from phone_lead where phone_number = ?", Integer.class, number))
                .as("no lead keeps the number in clear")
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from phone_code where phone_number = ?", Integer.class, number))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from phone_lead where phone_hash is not null and deleted_at is not null and codes_sent = 1"
                                + " and phone_hash not in (select coalesce(phone_hash, '') from phone_lead where phone_number is not null)",
                        Integer.class))
                .isPositive();

        var again = new PhoneAuthClient(api, sms);
        api.post("/api/auth/signup", phone(number));
        var reborn = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        assertThat(reborn.status()).isEqualTo(200);
        assertThat(reborn.json().at("/data/user_id").asLong()).as("a new user").isNotEqualTo(userId);
        assertThat(reborn.json().at("/data/needs_profile_completion").asBoolean())
                .isTrue();
        assertThat(again).isNotNull();
    }

    @Test
    void deactivatingAUserStopsTheirTokensAtOnceAndRefusesNewCodes() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        var signedIn = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        long userId = signedIn.json().at("/data/user_id").asLong();

        users.deactivate(com.loopin.shared.Actor.system("test"), userId);

        assertThat(api.get("/api/auth/profile", signedIn.text("token")).status())
                .isEqualTo(401);
        assertThat(api.post("/api/auth/refresh", Map.of("refresh_token", signedIn.text("refresh_token")))
                        .status())
                .isEqualTo(401);
        var login = api.post("/api/auth/login", phone(number));
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.text("code")).isEqualTo("ACCOUNT_DISABLED");

        users.activate(com.loopin.shared.Actor.system("test"), userId);
        assertThat(api.post("/api/auth/login", phone(number)).status()).isEqualTo(200);
    }

    @Test
    void testNumbersUseTheirFixedCodeOnceAndGetNoSms() {
        String testNumber = "+919999900001";
        long before = sms.countFor(testNumber);
        assertThat(api.post("/api/auth/signup", phone(testNumber)).status()).isIn(200, 409);
        if (api.post("/api/auth/login", phone(testNumber)).status() == 404) {
            assertThat(api.post("/api/auth/verify-otp", code(testNumber, "1234"))
                            .status())
                    .isEqualTo(200);
            api.post("/api/auth/login", phone(testNumber));
        }
        assertThat(api.post("/api/auth/verify-login", code(testNumber, "1234")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/verify-login", code(testNumber, "1234")).text("code"))
                .as("single use per request")
                .isEqualTo("OTP_NOT_FOUND");
        api.post("/api/auth/login", phone(testNumber));
        assertThat(api.post("/api/auth/verify-login", code(testNumber, "0000")).text("code"))
                .isEqualTo("OTP_INVALID");

        assertThat(sms.countFor(testNumber)).isEqualTo(before);
        assertThat(leads.find(new PhoneNumber(testNumber)).orElseThrow().test()).isTrue();
    }
}
