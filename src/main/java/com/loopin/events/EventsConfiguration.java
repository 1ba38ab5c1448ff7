package com.loopin.events;

import com.loopin.shared.PublicPaths;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({EventsProperties.class, AppLinksProperties.class})
class EventsConfiguration {

    /** Discovery needs no token (with one, answers carry the caller's relation); every change does. */
    @Bean
    PublicPaths eventPublicPaths() {
        return PublicPaths.of("GET /api/events", "GET /api/events/" + EventController.ID);
    }
}
