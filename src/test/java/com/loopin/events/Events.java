package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An app's calls about events, for the flow tests: hosts with complete profiles, a valid event body. */
final class Events {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private final Api api;
    private final PhoneAuthClient auth;

    Events(Api api, CapturingSmsSender sms) {
        this.api = api;
        this.auth = new PhoneAuthClient(api, sms);
    }

    /** A new user with a complete profile (interests 1, 2, 3); their token. */
    String host() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    /** A new user with a complete profile, who can log in again (after the clock moved past their token's life). */
    Person person() {
        String number = TestPhones.newIndianMobile();
        return new Person(number, auth.signUpComplete(number));
    }

    String logIn(Person person) {
        return auth.logIn(person.number());
    }

    record Person(String number, String token) {}

    String personWithoutProfile() {
        return auth.signUp(TestPhones.newIndianMobile());
    }

    /** A valid event in Bengaluru starting at the instant, three hours long, published or a draft. */
    static Map<String, Object> body(String title, Instant startsAt, boolean publish) {
        Map<String, Object> venue = new HashMap<>();
        venue.put("name", "Cubbon Park, main gate");
        venue.put("address", "Kasturba Road");
        venue.put("area", "Central");
        venue.put("city", "Bengaluru");
        venue.put("latitude", 12.976312);
        venue.put("longitude", 77.592912);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "An easy loop, helmets required.");
        body.put("interests", List.of(3));
        body.put("starts_at", startsAt.atZone(KOLKATA).toOffsetDateTime().toString());
        body.put(
                "ends_at",
                startsAt.plusSeconds(3 * 3600)
                        .atZone(KOLKATA)
                        .toOffsetDateTime()
                        .toString());
        body.put("venue", venue);
        body.put("capacity", 20);
        body.put("publish", publish);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** Creates it and returns its id (asserting 201). */
    String create(String token, Map<String, Object> body) {
        var created = api.post("/api/events", body, token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("data").get("id").asString();
    }
}
