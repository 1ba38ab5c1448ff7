package com.loopin.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param secretKey HMAC key of the access tokens ({@code JWT_SECRET_KEY}); when empty a random one is made at
 *     start-up, which only suits a single development instance
 * @param algorithm HS256, HS384 or HS512 ({@code JWT_ALGORITHM})
 * @param accessTokenTtl lifetime of an access token ({@code JWT_ACCESS_TOKEN_EXPIRE_MINUTES})
 * @param issuer the {@code iss} claim tokens carry and must carry
 */
@Validated
@ConfigurationProperties("loopin.jwt")
record JwtProperties(
        String secretKey,
        @NotBlank String algorithm,
        @NotNull Duration accessTokenTtl,
        @NotBlank String issuer) {}
