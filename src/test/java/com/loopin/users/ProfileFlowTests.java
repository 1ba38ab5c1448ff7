package com.loopin.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@FlowTest
class ProfileFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String number;
    String token;

    @BeforeEach
    void signIn() {
        api = new Api(port);
        number = TestPhones.newIndianMobile();
        token = new PhoneAuthClient(api, sms).signUp(number);
    }

    @Test
    void reportsEveryFailingFieldAtOnce() {
        var response = api.post(
                "/api/auth/complete-profile",
                Map.of(
                        "phone_number",
                        "+919999999999",
                        "name",
                        "x",
                        "birth_date",
                        "2020-02-30",
                        "gender",
                        "robot",
                        "event_interests",
                        List.of(),
                        "profile_pictures",
                        List.of("ftp://example.com/a.jpg"),
                        "bio",
                        "b".repeat(501),
                        "location",
                        "l".repeat(101)),
                token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(fields(response.json().get("errors")))
                .containsExactlyInAnyOrder(
                        "phone_number",
                        "name",
                        "birth_date",
                        "gender",
                        "event_interests",
                        "profile_pictures[0]",
                        "bio",
                        "location");
        assertThat(api.get("/api/auth/profile", token).json().at("/data/name").isNull())
                .as("a refused form changes nothing")
                .isTrue();
    }

    @Test
    void sendingTheCallersOwnNumberInAnyFormatIsAccepted() {
        Map<String, Object> form = new HashMap<>(PhoneAuthClient.validProfile());
        form.put("phone_number", "0" + number.substring(3));
        assertThat(api.post("/api/auth/complete-profile", form, token).status()).isEqualTo(200);
    }

    @Test
    void inactiveInterestIsNeitherOfferedNorAccepted() {
        String name = "Retired " + UUID.randomUUID();
        jdbc.update(
                "insert into event_interest (name, description, is_active, created_at, updated_at)"
                        + " values (?, 'retired', false, ?, ?)",
                name,
                java.sql.Timestamp.from(Instant.now()),
                java.sql.Timestamp.from(Instant.now()));
        long inactive = jdbc.queryForObject("select id from event_interest where name = ?", Long.class, name);

        var offered = api.get("/api/auth/event-interests");
        assertThat(offered.json().get("data").valueStream().map(i -> i.get("id").asLong()))
                .doesNotContain(inactive);

        Map<String, Object> form = new HashMap<>(PhoneAuthClient.validProfile());
        form.put("event_interests", List.of(1, inactive));
        var refused = api.post("/api/auth/complete-profile", form, token);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("event_interests");
        assertThat(refused.json().at("/errors/0/message").asString()).contains(Long.toString(inactive));
    }

    @Test
    void interestsAreOfferedOrderedByName() {
        var names = api.get("/api/auth/event-interests")
                .json()
                .get("data")
                .valueStream()
                .map(i -> i.get("name").asString())
                .toList();
        assertThat(names).isSortedAccordingTo(String::compareTo);
        assertThat(names)
                .contains(
                        "Music & Concerts",
                        "Sports & Fitness",
                        "Food & Dining",
                        "Art & Culture",
                        "Technology",
                        "Travel & Adventure",
                        "Business & Networking",
                        "Health & Wellness",
                        "Education & Learning",
                        "Entertainment");
    }

    @Test
    void profileCanBeUpdatedByCompletingItAgain() {
        api.post("/api/auth/complete-profile", PhoneAuthClient.validProfile(), token);
        Map<String, Object> form = new HashMap<>(PhoneAuthClient.validProfile());
        form.put("name", "  Anaïs   O'Neil-Ray  ");
        form.put("gender", "FEMALE");
        form.put("profile_pictures", List.of("https://cdn.example.com/b.png", "http://cdn.example.com/a.png"));
        form.put("event_interests", List.of(5));
        form.put("bio", "Hello");

        assertThat(api.post("/api/auth/complete-profile", form, token).status()).isEqualTo(200);
        JsonNode profile = api.get("/api/auth/profile", token).json().get("data");
        assertThat(profile.get("name").asString()).isEqualTo("Anaïs O'Neil-Ray");
        assertThat(profile.get("gender").asString()).isEqualTo("female");
        assertThat(profile.get("bio").asString()).isEqualTo("Hello");
        assertThat(profile.get("profile_pictures").valueStream().map(JsonNode::asString))
                .containsExactly("https://cdn.example.com/b.png", "http://cdn.example.com/a.png");
        assertThat(profile.get("event_interests")).hasSize(1);
    }

    @Test
    void fieldsAClientMustNotSetAreIgnored() {
        Map<String, Object> form = new HashMap<>(PhoneAuthClient.validProfile());
        form.put("id", 1);
        form.put("is_verified", false);
        form.put("is_active", false);
        form.put("user_id", 1);
        assertThat(api.post("/api/auth/complete-profile", form, token).status()).isEqualTo(200);

        JsonNode profile = api.get("/api/auth/profile", token).json().get("data");
        assertThat(profile.get("is_verified").asBoolean()).isTrue();
        assertThat(profile.get("is_active").asBoolean()).isTrue();
        assertThat(profile.get("phone_number").asString()).isEqualTo(number);
    }

    private static List<String> fields(JsonNode errors) {
        return errors.valueStream().map(e -> e.get("field").asString()).toList();
    }
}
