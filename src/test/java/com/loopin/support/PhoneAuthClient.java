package com.loopin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** The app's steps, as a mobile client takes them, for tests that need a signed-in user. */
public final class PhoneAuthClient {

    private final Api api;
    private final CapturingSmsSender sms;

    public PhoneAuthClient(Api api, CapturingSmsSender sms) {
        this.api = api;
        this.sms = sms;
    }

    /** Signs a new number up and returns its access token. */
    public String signUp(String number) {
        var sent = api.post("/api/auth/signup", Api.phone(number));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        var verified = api.post("/api/auth/verify-otp", Api.code(number, sms.lastCodeFor(number)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return verified.text("token");
    }

    /** Logs a number that has an account in again; returns a fresh access token. */
    public String logIn(String number) {
        var sent = api.post("/api/auth/login", Api.phone(number));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        var verified = api.post("/api/auth/verify-login", Api.code(number, sms.lastCodeFor(number)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return verified.text("token");
    }

    /** Signs a new number up and completes its profile; returns the access token. */
    public String signUpComplete(String number) {
        String token = signUp(number);
        var completed = api.post("/api/auth/complete-profile", validProfile(), token);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        return token;
    }

    public static Map<String, Object> validProfile() {
        return Map.of(
                "name", "Gaurav Kumar",
                "birth_date", "1995-01-01",
                "gender", "male",
                "event_interests", List.of(1, 2, 3),
                "profile_pictures", List.of("https://example.com/pic1.jpg", "https://example.com/pic2.jpg"));
    }
}
