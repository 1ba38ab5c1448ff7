package com.loopin.sessions;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param idleLifetime a refresh token unused this long dies ({@code REFRESH_TOKEN_IDLE_DAYS})
 * @param absoluteLifetime a session ends this long after its login, however active ({@code
 *     REFRESH_TOKEN_ABSOLUTE_DAYS})
 * @param reuseInterval a retired token still refreshes for this long, for answers lost on bad mobile networks;
 *     0 turns it off ({@code REFRESH_TOKEN_REUSE_INTERVAL_SECONDS})
 */
@Validated
@ConfigurationProperties("loopin.refresh")
record RefreshProperties(
        @NotNull Duration idleLifetime,
        @NotNull Duration absoluteLifetime,
        @NotNull Duration reuseInterval) {}
