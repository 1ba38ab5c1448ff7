package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

class VerifiedAccessTokensTests {

    static final SecretKeySpec KEY = new SecretKeySpec(
            "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.UTF_8),
            "HmacSHA256");
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final AtomicInteger signatureChecks = new AtomicInteger();
    final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    final AtomicReference<Boolean> sessionActive = new AtomicReference<>(true);

    VerifiedAccessTokens tokens(int capacity) {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(KEY)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        var validator = new DelegatingOAuth2TokenValidator<Jwt>(
                timestamps,
                jwt -> sessionActive.get()
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(
                                new OAuth2Error("invalid_token", "The session has ended", null)));
        return new VerifiedAccessTokens(counting, validator, capacity);
    }

    static String token(String subject, Duration lifetime) {
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(KEY));
        var claims = JwtClaimsSet.builder()
                .subject(subject)
                .issuedAt(NOW)
                .expiresAt(NOW.plus(lifetime))
                .build();
        return encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    @Test
    void checksATokensSignatureOnceAndItsValidityOnEveryRequest() {
        var tokens = tokens(100);
        String token = token("42", Duration.ofMinutes(15));

        assertThat(tokens.decode(token).getSubject()).isEqualTo("42");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("42");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("42");

        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() {
        var tokens = tokens(100);
        String token = token("42", Duration.ofMinutes(15));
        tokens.decode(token);

        now.set(NOW.plus(Duration.ofMinutes(16)));

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItsSessionEnds() {
        var tokens = tokens(100);
        String token = token("42", Duration.ofMinutes(15));
        tokens.decode(token);

        sessionActive.set(false);

        assertThatThrownBy(() -> tokens.decode(token))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("The session has ended");
    }

    @Test
    void aTokenWithAnotherSignatureIsCheckedAndRefusedEvenWhenItsClaimsAreRemembered() {
        var tokens = tokens(100);
        String token = token("42", Duration.ofMinutes(15));
        tokens.decode(token);
        String forged =
                token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(BadJwtException.class);
        assertThat(signatureChecks).hasValue(3);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void keepsAtMostItsCapacity() {
        var tokens = tokens(3);
        for (int i = 0; i < 10; i++) {
            tokens.decode(token("user-" + i, Duration.ofMinutes(15)));
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
    }
}
