package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@FlowTest
class AccessTokenTests {

    static final String SECRET = "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JwtDecoder decoder;

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
    void accessTokenCarriesTheAgreedClaims() {
        JsonNode header = part(token, 0);
        JsonNode claims = part(token, 1);

        assertThat(header.get("alg").asString()).isEqualTo("HS256");
        assertThat(claims.get("sub").asString()).matches("\\d+");
        assertThat(claims.get("phone_number").asString()).isEqualTo(number);
        assertThat(claims.get("iss").asString()).isEqualTo("loopin-backend");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(30 * 60);
        assertThat(claims.get("jti").asString()).isNotBlank();
        assertThat(claims.get("sid").asString()).isNotBlank();
    }

    @Test
    void everyTokenHasItsOwnJti() {
        api.post("/api/auth/login", Api.phone(number));
        api.post("/api/auth/login", Api.phone(number));
        // the user has an incomplete profile; login still works for them
        var second = api.post("/api/auth/verify-login", Api.code(number, sms.lastCodeFor(number)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(part(second.text("token"), 1).get("jti").asString())
                .isNotEqualTo(part(token, 1).get("jti").asString());
    }

    @Test
    void missingTokenIs401() {
        var response = api.get("/api/auth/profile");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.text("code")).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void malformedTokenIs401() {
        for (String bad : new String[] {"abc", "a.b.c", token + "x", token.substring(0, token.lastIndexOf('.') + 1)}) {
            var response = api.get("/api/auth/profile", bad);
            assertThat(response.status()).as(bad).isEqualTo(401);
            assertThat(response.text("code")).isEqualTo("INVALID_TOKEN");
        }
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() {
        String forged = mint(
                "another-secret-key-that-is-long-enough-0123456789",
                Instant.now().plusSeconds(600));
        assertThat(api.get("/api/auth/profile", forged).status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIs401() {
        String expired = mint(SECRET, Instant.now().minusSeconds(3600));
        assertThat(api.get("/api/auth/profile", expired).status()).isEqualTo(401);
    }

    @Test
    void aTokenExpiredMoreThanThirtySecondsAgoIs401AndOneWithinTheSkewIsTaken() {
        assertThat(api.get("/api/auth/profile", mint(SECRET, Instant.now().minusSeconds(45)))
                        .status())
                .as("45 s past exp: beyond the 30 s allowed for clocks apart (Spring's default took 60 s)")
                .isEqualTo(401);
        assertThat(api.get("/api/auth/profile", mint(SECRET, Instant.now().minusSeconds(10)))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void wellSignedTokenOfALiveSessionIsAccepted() {
        // proves the forged/expired tests fail for the reason they claim, not because mint() is broken
        String good = mint(SECRET, Instant.now().plusSeconds(600));
        assertThat(api.get("/api/auth/profile", good).status()).isEqualTo(200);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = token.split("\\.")[1];
        assertThat(api.get("/api/auth/profile", header + "." + claims + ".").status())
                .isEqualTo(401);
    }

    @Test
    void logoutEndsTheSessionAndItsTokens() {
        assertThat(api.get("/api/auth/profile", token).status()).isEqualTo(200);

        var logout = api.post("/api/auth/logout", "{}", token);
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().get("success").asBoolean()).isTrue();

        var after = api.get("/api/auth/profile", token);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.text("code")).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void logoutOfOneSessionLeavesTheOthers() {
        api.post("/api/auth/login", Api.phone(number));
        String other = api.post("/api/auth/verify-login", Api.code(number, sms.lastCodeFor(number)))
                .text("token");

        api.post("/api/auth/logout", "{}", token);
        assertThat(api.get("/api/auth/profile", other).status()).isEqualTo(200);
    }

    /** A token like the server's, signed with the given secret, for this test's user and live session. */
    private String mint(String secret, Instant expiresAt) {
        var live = decoder.decode(token);
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        var encoder = NimbusJwtEncoder.withSecretKey(key)
                .algorithm(MacAlgorithm.HS256)
                .build();
        var claims = JwtClaimsSet.builder()
                .issuer("loopin-backend")
                .subject(live.getSubject())
                .issuedAt(expiresAt.minusSeconds(1800))
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim("sid", live.getClaimAsString("sid"))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static JsonNode part(String jwt, int index) {
        byte[] json = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
        return JsonMapper.builder().build().readTree(json);
    }
}
