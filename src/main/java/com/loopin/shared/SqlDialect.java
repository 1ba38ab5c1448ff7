package com.loopin.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which database the service runs on. PostgreSQL gets the one-statement forms ({@code on conflict … do update},
 * {@code returning}); the embedded H2 default, one instance by nature, gets portable ones that take more round
 * trips.
 */
@Component
public class SqlDialect {

    private final boolean postgres;

    SqlDialect(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    public boolean isPostgres() {
        return postgres;
    }
}
