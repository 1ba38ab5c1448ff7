package com.loopin.protection;

import com.loopin.shared.AppProperties;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProtectionProperties.class)
@EnableScheduling
class ProtectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProtectionConfiguration.class);
    private static final Duration KEEP_COUNTERS = Duration.ofDays(2);

    private final CounterRepository counters;
    private final Clock clock;

    ProtectionConfiguration(CounterRepository counters, Clock clock, AppProperties app, Environment environment) {
        this.counters = counters;
        this.clock = clock;
        if (app.isProduction()
                && environment
                        .getProperty("loopin.limits.allowed-countries", "")
                        .isBlank()) {
            throw new IllegalStateException(
                    "ENVIRONMENT=prod needs SMS_ALLOWED_COUNTRIES: the countries codes may be "
                            + "sent to (for example IN), or * for every country. SMS pumping feeds on countries you do not serve.");
        }
    }

    /** Windows longer than a day are never needed again; every instance may run this, it is idempotent. */
    @Scheduled(cron = "0 17 * * * *")
    void purgeOldCounters() {
        int deleted = counters.deleteWindowsBefore(clock.instant().minus(KEEP_COUNTERS));
        if (deleted > 0) {
            log.info("Purged {} old rate-limit counters", deleted);
        }
    }
}
