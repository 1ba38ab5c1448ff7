package com.loopin.shared;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Reads {@code DATABASE_URL} in the form the original system used ({@code postgresql://user:pass@host:port/db})
 * and sets Spring's datasource from it. Runs after the config files (and {@code .env}) are loaded, so a
 * {@code DATABASE_URL} in {@code .env} counts too; without one the embedded default in application.yml stays.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("DATABASE_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("spring.datasource.url", parsed.jdbcUrl());
        properties.put("spring.datasource.username", parsed.username());
        properties.put("spring.datasource.password", parsed.password());
        environment.getPropertySources().addFirst(new MapPropertySource("DATABASE_URL", properties));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
