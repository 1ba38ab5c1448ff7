package com.loopin.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may scrape {@code /actuator/prometheus} ({@code METRICS_USERNAME}, {@code METRICS_PASSWORD}); with no
 * password set, nobody.
 */
@ConfigurationProperties("loopin.metrics")
record MetricsProperties(String username, String password) {

    boolean enabled() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
