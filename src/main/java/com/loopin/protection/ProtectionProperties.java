package com.loopin.protection;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Every limit, with its environment variable. docs/security.md explains each default and the threat it answers.
 *
 * @param codesPerNumberPer10Minutes codes one number may be sent in 10 minutes ({@code OTP_MAX_PER_NUMBER_10_MIN})
 * @param codesPerNumberPerDay codes one number may be sent in a day ({@code OTP_MAX_PER_NUMBER_DAY})
 * @param codeRequestsPerIp code requests from one address in 5 minutes ({@code RATE_LIMIT_OTP_PER_IP})
 * @param verificationsPerIp verifications from one address in an hour ({@code RATE_LIMIT_VERIFY_PER_IP})
 * @param smsPerHour SMS the whole service may send in an hour ({@code SMS_BUDGET_PER_HOUR})
 * @param smsPerDay SMS the whole service may send in a day ({@code SMS_BUDGET_PER_DAY})
 * @param smsPerPrefixPerHour SMS to one number prefix (all but the last 3 digits) in an hour
 *     ({@code SMS_MAX_PER_PREFIX_PER_HOUR})
 * @param allowedCountries regions codes may be sent to, ISO 3166 ({@code SMS_ALLOWED_COUNTRIES}); empty or {@code *} means all (production needs an explicit choice)
 * @param failureBudget wrong codes a number may send, across codes, before it is locked out
 *     ({@code OTP_FAILURE_BUDGET})
 * @param firstLockout the first lockout; each further wrong code doubles it ({@code OTP_LOCKOUT_SECONDS})
 * @param maxLockout the longest lockout ({@code OTP_MAX_LOCKOUT_SECONDS})
 * @param staffSignInsPerIp console sign-in attempts from one address in 15 minutes ({@code
 *     RATE_LIMIT_STAFF_LOGIN_PER_IP})
 */
@Validated
@ConfigurationProperties("loopin.limits")
record ProtectionProperties(
        @Min(1) int codesPerNumberPer10Minutes,
        @Min(1) int codesPerNumberPerDay,
        @Min(1) int codeRequestsPerIp,
        @Min(1) int verificationsPerIp,
        @Min(1) int smsPerHour,
        @Min(1) int smsPerDay,
        @Min(1) int smsPerPrefixPerHour,
        List<String> allowedCountries,
        @Min(1) int failureBudget,
        @NotNull Duration firstLockout,
        @NotNull Duration maxLockout,
        @Min(1) int staffSignInsPerIp) {

    public ProtectionProperties {
        allowedCountries = allowedCountries == null
                ? List.of()
                : allowedCountries.stream()
                        .map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .filter(c -> !c.isEmpty() && !"*".equals(c))
                        .toList();
    }
}
