package com.loopin.safety;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reportsPerHour reports one person may file per hour ({@code REPORTS_PER_HOUR})
 * @param reportsPerDay and per day ({@code REPORTS_PER_DAY})
 */
@ConfigurationProperties("loopin.safety")
record SafetyProperties(
        @DefaultValue("10") int reportsPerHour,
        @DefaultValue("30") int reportsPerDay) {}
