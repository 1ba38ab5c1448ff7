package com.loopin.auth;

import com.loopin.sessions.AccessTokenLifetime;
import com.loopin.sessions.Sessions;
import com.loopin.shared.AppProperties;
import com.loopin.shared.PhoneNumbers;
import com.loopin.shared.PublicPaths;
import com.loopin.staff.StaffAccounts;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, CodeProperties.class})
class AuthConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

    /** Tokens whose signature is remembered as checked: about 2 KB each with their claims, so at most ~20 MB. */
    private static final int VERIFIED_TOKENS_KEPT = 10_000;

    /** Example values that circulate in READMEs and .env.example files: never a real secret. */
    private static final Set<String> KNOWN_EXAMPLES =
            Set.of("your-jwt-secret-key", "your-very-long-and-secure-secret-key", "your-production-jwt-key");

    @Bean
    JwtSigningKey jwtSigningKey(JwtProperties properties, AppProperties app) {
        boolean missing =
                properties.secretKey() == null || properties.secretKey().isBlank();
        if (app.isProduction()
                && (missing || KNOWN_EXAMPLES.contains(properties.secretKey().strip()))) {
            throw new IllegalStateException("ENVIRONMENT=prod needs JWT_SECRET_KEY: a random secret of at least 32 "
                    + "bytes, the same on every instance (for example: openssl rand -base64 48)");
        }
        MacAlgorithm algorithm = MacAlgorithm.from(properties.algorithm().toUpperCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalStateException(
                    "JWT_ALGORITHM must be HS256, HS384 or HS512, not " + properties.algorithm());
        }
        int minBytes = Integer.parseInt(algorithm.getName().substring(2)) / 8;
        byte[] secret;
        if (properties.secretKey() == null || properties.secretKey().isBlank()) {
            log.warn("JWT_SECRET_KEY is not set: using a random key. Tokens die on restart and are not shared "
                    + "between instances; set JWT_SECRET_KEY for anything but local development.");
            secret = new byte[64];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = properties.secretKey().getBytes(StandardCharsets.UTF_8);
            if (secret.length < minBytes) {
                throw new IllegalStateException("JWT_SECRET_KEY must be at least " + minBytes + " bytes for "
                        + algorithm.getName() + " (it has " + secret.length + ")");
            }
        }
        return new JwtSigningKey(new SecretKeySpec(secret, algorithm.getName().replace("HS", "HmacSHA")), algorithm);
    }

    /** The code flow, refresh and logout (with a refresh token), and the staff token endpoint. */
    @Bean
    PublicPaths authPublicPaths() {
        return PublicPaths.of(
                "/api/auth/signup",
                "/api/auth/verify-otp",
                "/api/auth/login",
                "/api/auth/verify-login",
                "/api/auth/resend",
                "/api/auth/deliveries/*",
                "/api/auth/refresh",
                "/api/auth/logout",
                "/api/auth/token");
    }

    /** Ended sessions are remembered as long as an access token for them could still be presented. */
    @Bean
    AccessTokenLifetime accessTokenLifetime(JwtProperties properties) {
        return properties::accessTokenTtl;
    }

    @Bean
    JwtEncoder jwtEncoder(JwtSigningKey signing) {
        return NimbusJwtEncoder.withSecretKey(signing.key())
                .algorithm(signing.algorithm())
                .build();
    }

    /**
     * How far past its {@code exp} (or before its {@code nbf}) a token is still taken, for clocks a little apart:
     * Spring's default is a minute; half of that is plenty for servers kept on NTP.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /** Signatures are checked once per token (see {@link VerifiedAccessTokens}); validity on every request. */
    @Bean
    JwtDecoder jwtDecoder(
            JwtSigningKey signing, JwtProperties properties, Sessions sessions, StaffAccounts staff, Clock clock) {
        NimbusJwtDecoder signatureAndClaims = NimbusJwtDecoder.withSecretKey(signing.key())
                .macAlgorithm(signing.algorithm())
                .build();
        signatureAndClaims.setJwtValidator(token -> OAuth2TokenValidatorResult.success());
        var validator = new DelegatingOAuth2TokenValidator<>(
                timestamps(clock),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<>(JwtClaimNames.SUB, Objects::nonNull),
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new ActiveSessionValidator(sessions, staff));
        return new VerifiedAccessTokens(signatureAndClaims, validator, VERIFIED_TOKENS_KEPT);
    }

    private static JwtTimestampValidator timestamps(Clock clock) {
        var validator = new JwtTimestampValidator(CLOCK_SKEW);
        validator.setClock(clock);
        return validator;
    }

    @Bean
    CodeHasher codeHasher(CodeProperties codeRules, JwtSigningKey signing) {
        if (codeRules.hashSecret() != null && !codeRules.hashSecret().isBlank()) {
            return new CodeHasher(codeRules.hashSecret().getBytes(StandardCharsets.UTF_8));
        }
        return new CodeHasher(derive(signing, "loopin/otp-code-hash/v1"));
    }

    @Bean
    TestNumbers testNumbers(CodeProperties codeRules, PhoneNumbers numbers) {
        return TestNumbers.parse(codeRules.testNumbers(), numbers, codeRules.length());
    }

    /** A key of its own for code hashes, derived from the JWT key (HMAC as a KDF), so a leak of one is not both. */
    private static byte[] derive(JwtSigningKey signing, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signing.key().getEncoded(), "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
