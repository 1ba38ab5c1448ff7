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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@FlowTest
class SignupAndLoginFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    Leads leads;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    PhoneAuthClient client;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        client = new PhoneAuthClient(api, sms);
    }

    @Test
    void theCodesTextFollowsAcceptLanguageTheKindAndTheAppHashTheAppNames() {
        String number = TestPhones.newIndianMobile();

        var hindi = api.postWithHeaders(
                "/api/auth/signup",
                java.util.Map.of("phone_number", number, "app_hash", "Dbg4CX9VSu1"),
                "Accept-Language",
                "hi-IN,hi;q=0.9,en;q=0.8");
        assertThat(hindi.status()).as(hindi.toString()).isEqualTo(200);
        var signup = sms.lastFor(number);
        assertThat(signup.kind()).isEqualTo(com.loopin.sms.MessageKind.SIGNUP);
        assertThat(signup.language()).isEqualTo("hi");
        assertThat(signup.appHash()).isEqualTo("Dbg4CX9VSu1");
        assertThat(api.post("/api/auth/verify-otp", code(number, signup.code())).status())
                .isEqualTo(200);

        assertThat(api.postWithHeaders("/api/auth/login", phone(number), "Accept-Language", "en-GB,hi;q=0.5")
                        .status())
                .isEqualTo(200);
        var login = sms.lastFor(number);
        assertThat(login.kind()).isEqualTo(com.loopin.sms.MessageKind.LOGIN);
        assertThat(login.language()).as("English preferred").isEqualTo("en");
        assertThat(login.appHash()).isNull();
        assertThat(com.loopin.auth.CodeMessage.language("ta-IN, fr;q=0.8"))
                .as("neither: English")
                .isEqualTo("en");
        assertThat(com.loopin.auth.CodeMessage.language("**;;bad")).isEqualTo("en");
    }

    @Test
    void walksTheOriginalFlowFromSignupToLogin() {
        String number = TestPhones.newIndianMobile();
        String typed = number.substring(0, 3) + " " + number.substring(3, 8) + "-" + number.substring(8);

        var sent = api.post("/api/auth/signup", phone(typed));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("success").asBoolean()).isTrue();
        assertThat(sent.json().at("/data/phone_number").asString()).isEqualTo(number);
        assertThat(sent.json().at("/data/otp_length").asInt()).isEqualTo(4);
        assertThat(sent.json().at("/data/otp_expires_in").asInt()).isEqualTo(600);
        String code = sms.lastCodeFor(number);
        assertThat(code).matches("\\d{4}");
        assertThat(sent.body().replace(number, ""))
                .as("the code nowhere in the answer (the number, echoed by design, may hold its four digits)")
                .doesNotContain(code);

        var verified = api.post("/api/auth/verify-otp", code(number, code));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().at("/data/phone_number").asString()).isEqualTo(number);
        assertThat(verified.json().at("/data/needs_profile_completion").asBoolean())
                .isTrue();
        assertThat(verified.text("token_type")).isEqualTo("Bearer");
        assertThat(verified.json().get("expires_in").asLong()).isEqualTo(1800);
        String token = verified.text("token");
        long userId = verified.json().at("/data/user_id").asLong();

        var interests = api.get("/api/auth/event-interests");
        assertThat(interests.status()).isEqualTo(200);
        assertThat(interests.json().get("data")).hasSizeGreaterThanOrEqualTo(3);

        var completed = api.post("/api/auth/complete-profile", PhoneAuthClient.validProfile(), token);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().at("/data/user_id").asLong()).isEqualTo(userId);
        assertThat(completed.json().at("/data/event_interests_count").asInt()).isEqualTo(3);
        assertThat(completed.json().at("/data/profile_pictures_count").asInt()).isEqualTo(2);

        var profile = api.get("/api/auth/profile", token);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().at("/data/name").asString()).isEqualTo("Gaurav Kumar");
        assertThat(profile.json().at("/data/birth_date").asString()).isEqualTo("1995-01-01");
        assertThat(profile.json().at("/data/is_verified").asBoolean()).isTrue();
        assertThat(profile.json().at("/data/profile_pictures/0").asString()).isEqualTo("https://example.com/pic1.jpg");
        assertThat(profile.json().at("/data/profile_pictures/1").asString()).isEqualTo("https://example.com/pic2.jpg");
        assertThat(profile.json().at("/data/created_at").asString()).endsWith("+05:30");
        assertThat(profile.json().at("/data/event_interests/0/is_active").asBoolean())
                .isTrue();

        var login = api.post("/api/auth/login", phone(number));
        assertThat(login.status()).isEqualTo(200);
        var loggedIn = api.post("/api/auth/verify-login", code(number, sms.lastCodeFor(number)));
        assertThat(loggedIn.status()).as(loggedIn.toString()).isEqualTo(200);
        assertThat(loggedIn.json().at("/data/user_id").asLong()).isEqualTo(userId);
        assertThat(loggedIn.json().at("/data/name").asString()).isEqualTo("Gaurav Kumar");
        assertThat(loggedIn.json().at("/data/is_verified").asBoolean()).isTrue();
        assertThat(loggedIn.json().at("/data/needs_profile_completion").asBoolean())
                .isFalse();
    }

    @Test
    void firstVerificationCreatesUserWithEmptyVerifiedProfile() {
        String number = TestPhones.newIndianMobile();
        String token = client.signUp(number);

        var profile = api.get("/api/auth/profile", token);
        assertThat(profile.json().at("/data/name").isNull()).isTrue();
        assertThat(profile.json().at("/data/is_verified").asBoolean()).isTrue();
        assertThat(profile.json().at("/data/event_interests")).isEmpty();
        Integer users =
                jdbc.queryForObject("select count(*) from app_user where phone_number = ?", Integer.class, number);
        assertThat(users).isEqualTo(1);
    }

    @Test
    void signupForCompleteUserIsRefusedWith409() {
        String number = TestPhones.newIndianMobile();
        client.signUpComplete(number);

        var again = api.post("/api/auth/signup", phone(number));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("USER_ALREADY_EXISTS");
        assertThat(again.text("message")).isEqualTo("User already exists. Please login instead.");
    }

    @Test
    void signupForIncompleteUserContinuesWithTheSameAccount() {
        String number = TestPhones.newIndianMobile();
        client.signUp(number);
        long firstId = jdbc.queryForObject("select id from app_user where phone_number = ?", Long.class, number);

        var again = api.post("/api/auth/signup", phone(number));
        assertThat(again.status()).isEqualTo(200);
        var verified = api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().at("/data/user_id").asLong()).isEqualTo(firstId);
        assertThat(verified.json().at("/data/needs_profile_completion").asBoolean())
                .isTrue();
    }

    @Test
    void loginForUnknownNumberIs404() {
        var response = api.post("/api/auth/login", phone(TestPhones.newIndianMobile()));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("code")).isEqualTo("USER_NOT_FOUND");
        assertThat(response.text("message")).isEqualTo("User not found. Please signup first.");
    }

    @Test
    void everyNumberThatAsksForACodeIsALeadAndVerifyingConvertsIt() {
        String number = TestPhones.newIndianMobile();
        api.post("/api/auth/signup", phone(number));
        api.post("/api/auth/signup", phone(number));
        api.post("/api/auth/verify-otp", code(number, wrongCode(sms.lastCodeFor(number))));

        var lead = leads.find(new PhoneNumber(number)).orElseThrow();
        assertThat(lead.codesSent()).isEqualTo(2);
        assertThat(lead.failedAttempts()).isEqualTo(1);
        assertThat(lead.verified()).isFalse();
        assertThat(lead.firstRequestedAt()).isBeforeOrEqualTo(lead.lastRequestedAt());

        api.post("/api/auth/verify-otp", code(number, sms.lastCodeFor(number)));
        var converted = leads.find(new PhoneNumber(number)).orElseThrow();
        assertThat(converted.verified()).isTrue();
        assertThat(converted.verifiedAt()).isNotNull();
        assertThat(converted.verifiedBy()).isEqualTo("otp");
    }

    @Test
    void phoneUsersHaveNoPassword() {
        List<String> columns = jdbc.queryForList(
                "select column_name from information_schema.columns where table_name = 'app_user'", String.class);
        assertThat(columns).noneMatch(column -> column.contains("password"));
    }

    static String wrongCode(String code) {
        return code.equals("0000") ? "1111" : "0000";
    }
}
