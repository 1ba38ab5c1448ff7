package com.loopin.events;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param createsPerHour events one person may create per hour ({@code EVENT_CREATES_PER_HOUR})
 * @param createsPerDay and per day ({@code EVENT_CREATES_PER_DAY})
 * @param completionInterval how often ended events are marked completed
 * @param publicBaseUrl the service's public address for share links ({@code PUBLIC_BASE_URL}); empty: taken from the
 *     request
 * @param samples whether the embedded development database gets sample events ({@code SAMPLE_EVENTS}); never in
 *     production
 * @param platformFeePercent the platform's fee on a paid event's seat price, in percent ({@code PLATFORM_FEE_PERCENT})
 * @param platformFeeGstPercent GST on that fee, in percent ({@code PLATFORM_FEE_GST_PERCENT})
 */
@ConfigurationProperties("loopin.events")
public record EventsProperties(
        @DefaultValue("10") int createsPerHour,
        @DefaultValue("30") int createsPerDay,
        @DefaultValue("1m") Duration completionInterval,
        String publicBaseUrl,
        @DefaultValue("true") boolean samples,
        @DefaultValue("5") BigDecimal platformFeePercent,
        @DefaultValue("18") BigDecimal platformFeeGstPercent) {}
