package com.loopin.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings every module shares.
 *
 * @param timeZone the business time zone: "today" for the age rule and the times staff see
 * @param defaultRegion where a number typed without a country code is read (ISO 3166 code)
 * @param corsAllowedOrigins browser origins allowed to call the API; empty means none
 * @param maxRequestBody the largest request body the API reads
 * @param trustedProxies addresses or CIDR ranges of the proxies whose {@code X-Forwarded-For} is believed
 * @param phoneHashSecret key of the keyed phone hashes ({@code PHONE_HASH_SECRET}, by default the JWT secret)
 * @param environment {@code prod} (or {@code production}) turns on the production checks ({@code ENVIRONMENT})
 */
@Validated
@ConfigurationProperties("loopin.app")
public record AppProperties(
        @NotNull ZoneId timeZone,
        @NotBlank String defaultRegion,
        List<String> corsAllowedOrigins,
        @NotNull DataSize maxRequestBody,
        List<String> trustedProxies,
        String phoneHashSecret,
        String environment) {

    public AppProperties {
        corsAllowedOrigins = clean(corsAllowedOrigins);
        trustedProxies = clean(trustedProxies);
    }

    public boolean isProduction() {
        return isProduction(environment);
    }

    /** {@code prod} or {@code production}, in any case: the value of {@code ENVIRONMENT} that means production. */
    public static boolean isProduction(String environment) {
        return "prod".equalsIgnoreCase(environment) || "production".equalsIgnoreCase(environment);
    }

    private static List<String> clean(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
