package com.loopin.interests;

import com.loopin.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InterestsConfiguration {

    /** The app shows the interests before anyone has signed in. */
    @Bean
    PublicPaths interestsPublicPaths() {
        return PublicPaths.of("/api/auth/event-interests");
    }
}
