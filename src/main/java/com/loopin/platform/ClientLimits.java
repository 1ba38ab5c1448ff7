package com.loopin.platform;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What one client address may ask of one instance, judged in memory before any database work.
 *
 * @param maxConcurrent requests of one address in flight at once ({@code CLIENT_MAX_CONCURRENT_REQUESTS})
 * @param requestsPerSecond sustained request rate of one address ({@code CLIENT_REQUESTS_PER_SECOND})
 * @param burst requests one address may send at once above that rate ({@code CLIENT_REQUEST_BURST})
 * @param refreshesPerMinute token refreshes of one address ({@code RATE_LIMIT_REFRESH_PER_IP}); an app refreshes
 *     once per access token (30 minutes), so this leaves room for many users behind one carrier address
 */
@Validated
@ConfigurationProperties("loopin.clients")
record ClientLimits(
        @Min(1) int maxConcurrent,
        @Min(1) int requestsPerSecond,
        @Min(1) int burst,
        @Min(1) int refreshesPerMinute) {}
