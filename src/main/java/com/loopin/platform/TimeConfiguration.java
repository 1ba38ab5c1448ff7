package com.loopin.platform;

import com.loopin.shared.AppProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppProperties.class)
class TimeConfiguration {

    /** UTC: instants are stored and compared in UTC; {@link BusinessTime} converts for people. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
