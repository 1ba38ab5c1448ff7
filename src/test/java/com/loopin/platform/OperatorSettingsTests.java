package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The settings an operator writes, read as a person would write them. */
class OperatorSettingsTests {

    @Test
    void aRelativeDataFolderWithoutDotSlashBecomesAnAbsolutePathH2Accepts() {
        String url = settledUrl("jdbc:h2:file:target/relative-data/loopin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");

        String expected = Path.of("target/relative-data/loopin")
                .toAbsolutePath()
                .normalize()
                .toString();
        assertThat(url).isEqualTo("jdbc:h2:file:" + expected + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }

    @Test
    void aHomeFolderPathIsLeftToH2() {
        assertThat(settledUrl("jdbc:h2:file:~/loopin;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:~/loopin;MODE=PostgreSQL");
    }

    private static String settledUrl(String url) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", url)));
        new OperatorSettingsPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("spring.datasource.url");
    }
}
