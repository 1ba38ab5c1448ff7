package com.loopin.platform;

import com.loopin.database.DatabaseUrl;
import com.loopin.database.SqlDialect;
import com.loopin.shared.AppProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * cannot: {@code DATABASE_URL} in the {@code postgresql://user:pass@host:port/db} form,
 * {@code LOG_FORMAT=json}, and the settings {@code ENVIRONMENT=prod} implies. Runs after the config files are
 * read, so a value in {@code .env} counts too.
 */
class OperatorSettingsPostProcessor implements EnvironmentPostProcessor, Ordered {

    private static final String H2_FILE = "jdbc:h2:file:";

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
        if (jdbcUrl.startsWith(H2_FILE) && !jdbcUrl.startsWith(H2_FILE + "~")) {
            String[] fileAndOptions = jdbcUrl.substring(H2_FILE.length()).split(";", 2);
            Path file = Path.of(fileAndOptions[0]).toAbsolutePath().normalize();
            // H2 refuses a relative path that does not start with "./" (LOOPIN_DATA_DIR=data): hand it an absolute one
            jdbcUrl = H2_FILE + file + (fileAndOptions.length > 1 ? ";" + fileAndOptions[1] : "");
            settings.put("spring.datasource.url", jdbcUrl);
            if (file.getParent() != null) {
                ownerOnly(file.getParent());
            }
        }
        if (SqlDialect.isPostgres(jdbcUrl)) {
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

    /** The embedded database holds numbers and sessions: its folder and files are the owner's alone. */
    static void ownerOnly(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(folder)) {
                for (var file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to change: H2 still works, with the system's defaults
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
