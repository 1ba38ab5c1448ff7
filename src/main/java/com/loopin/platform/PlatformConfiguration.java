package com.loopin.platform;

import com.loopin.shared.AppProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings every module shares ({@link AppProperties}: zone, region, environment …), metrics access and the clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AppProperties.class, MetricsProperties.class, ClientLimits.class})
class PlatformConfiguration {

    /** UTC: instants are stored and compared in UTC; {@link com.loopin.shared.BusinessTime} converts for people. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    static ActuatorMappingsLast actuatorMappingsLast() {
        return new ActuatorMappingsLast();
    }
}
