package com.loopin.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the operator's environment variables (and {@code .env}) into Spring settings where a plain placeholder
 * cannot: {@code DATABASE_URL} in the original's {@code postgresql://user:pass@host:port/db} form,
 * {@code LOG_FORMAT=json}, and the settings {@code ENVIRONMENT=prod} implies. Runs after the config files are
 * read, so a value in {@code .env} counts too.
 */
class OperatorSettingsPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = new LinkedHashMap<>();
        boolean production = AppProperties.isProduction(environment.getProperty("ENVIRONMENT"));
        String url = environment.getProperty("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            DatabaseUrl parsed = DatabaseUrl.parse(url);
            settings.put("spring.datasource.url", parsed.jdbcUrl());
            settings.put("spring.datasource.username", parsed.username());
            settings.put("spring.datasource.password", parsed.password());
        } else if (production) {
            throw new IllegalStateException(
                    "ENVIRONMENT=prod needs DATABASE_URL (postgresql://user:pass@host:port/db): "
                            + "the embedded database is for development only");
        }
        String jdbcUrl = settings.getOrDefault(
                        "spring.datasource.url", environment.getProperty("spring.datasource.url", ""))
                .toString();
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // one slow statement cannot hold a pooled connection for long; migrations lift it where they must
            long timeout = Long.parseLong(
                    environment.getProperty("DB_STATEMENT_TIMEOUT_MS", "5000").strip());
            settings.put("spring.datasource.hikari.connection-init-sql", "set statement_timeout = " + timeout);
        }
        if ("json".equalsIgnoreCase(environment.getProperty("LOG_FORMAT", ""))) {
            settings.put("logging.structured.format.console", "ecs");
        }
        if (production) {
            settings.put("server.servlet.session.cookie.secure", "true");
        }
        if (!settings.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("loopinOperatorSettings", settings));
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
