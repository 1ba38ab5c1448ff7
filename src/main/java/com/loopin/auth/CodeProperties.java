package com.loopin.auth;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The codes sent by SMS. The environment variables are the contract's {@code OTP_} names.
 *
 * @param length digits in a code ({@code OTP_LENGTH})
 * @param expiry how long a code stays valid ({@code OTP_EXPIRY_SECONDS})
 * @param maxAttempts tries a code allows before it is dead ({@code OTP_MAX_ATTEMPTS})
 * @param hashSecret key of the HMAC codes are stored under ({@code OTP_HASH_SECRET}); when empty it is derived
 *     from the JWT secret, so every instance that shares that secret shares this one
 * @param resendCooldown the least time between two codes for one number ({@code OTP_RESEND_COOLDOWN_SECONDS})
 * @param testNumbers test numbers with fixed codes, {@code +919999900001:1234,…} ({@code OTP_TEST_NUMBERS})
 */
@Validated
@ConfigurationProperties("loopin.otp")
record CodeProperties(
        @Min(4) @Max(10) int length,
        @NotNull Duration expiry,
        @Min(1) @Max(10) int maxAttempts,
        String hashSecret,
        @NotNull Duration resendCooldown,
        String testNumbers) {}
