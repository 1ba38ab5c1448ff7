package com.loopin.support;

import com.loopin.shared.AppProperties;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the platform module gives the whole application, for a module test that starts one module alone: the
 * clock and the shared settings.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(AppProperties.class)
public class ModulePlatform {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
