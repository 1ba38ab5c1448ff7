package com.loopin.pumping;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The pumping detector's settings, with their environment variables; docs/security.md explains how to tune them.
 *
 * @param enabled whether the detector throttles segments by itself ({@code PUMPING_DETECTION_ENABLED}); counting,
 *     the console page and staff's own blocks work either way
 * @param minRequests codes sent to a segment in an hour before its conversion means anything ({@code
 *     PUMPING_MIN_REQUESTS}); the 15-minute window asks for a quarter of it
 * @param minConversion below this share of codes verified a segment is suspect ({@code PUMPING_MIN_CONVERSION},
 *     0.2 = 20 %)
 * @param baselineFactor and it must convert below this fraction of its own usual conversion ({@code
 *     PUMPING_BASELINE_FACTOR})
 * @param block how long an automatic throttle lasts ({@code PUMPING_BLOCK_MINUTES})
 * @param prefixDigits national digits after the country code that make a prefix ({@code PUMPING_PREFIX_DIGITS})
 * @param baseline how far back a segment's usual conversion is taken from ({@code PUMPING_BASELINE_DAYS})
 * @param checkInterval how often the detector looks ({@code PUMPING_CHECK_SECONDS})
 * @param minClients different clients that make the evidence against a segment of the home market strong enough to
 *     block it; on less, staff are alerted instead ({@code PUMPING_MIN_CLIENTS})
 * @param burstNumbers different numbers of one prefix within ten seconds on one instance that are a campaign, not
 *     honest traffic, judged at once ({@code PUMPING_BURST_NUMBERS})
 */
@Validated
@ConfigurationProperties("loopin.pumping")
public record PumpingProperties(
        boolean enabled,
        @Min(1) int minRequests,
        @DecimalMin("0.0") @DecimalMax("1.0") double minConversion,
        @DecimalMin("0.0") @DecimalMax("1.0") double baselineFactor,
        @NotNull Duration block,
        @Min(1) @Max(Segment.MAX_PREFIX_DIGITS) int prefixDigits,
        @NotNull Duration baseline,
        @NotNull Duration checkInterval,
        @Min(1) int minClients,
        @Min(2) int burstNumbers) {}
