package com.loopin;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestBeans;
import com.loopin.support.TestPhones;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The zero-setup default: the embedded H2 database in a local folder runs the flow and keeps data across restarts. */
class EmbeddedDatabaseSmokeTests {

    @TempDir
    Path folder;

    @Test
    void runsTheFlowOnTheEmbeddedDatabaseAndKeepsItsDataAcrossARestart() throws java.io.IOException {
        String number = TestPhones.newIndianMobile();

        try (var first = start()) {
            var api = new Api(port(first));
            assertThat(api.get("/api/health").text("status")).isEqualTo("healthy");
            var client = new PhoneAuthClient(api, first.getBean(CapturingSmsSender.class));
            String token = client.signUpComplete(number);
            assertThat(api.get("/api/auth/profile", token)
                            .json()
                            .at("/data/name")
                            .asString())
                    .isEqualTo("Gaurav Kumar");
        }
        assertThat(Files.exists(folder.resolve("loopin.mv.db"))).isTrue();

        try (var second = start()) {
            var api = new Api(port(second));
            assertThat(api.post("/api/auth/login", Api.phone(number)).status())
                    .as("the user signed up before the restart still exists")
                    .isEqualTo(200);
            String code = second.getBean(CapturingSmsSender.class).lastCodeFor(number);
            var loggedIn = api.post("/api/auth/verify-login", Api.code(number, code));
            assertThat(loggedIn.json().at("/data/name").asString()).isEqualTo("Gaurav Kumar");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .as("the embedded database's folder is the owner's alone")
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("loopin.mv.db"))))
                .isEqualTo("rw-------");
    }

    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + folder.resolve("loopin")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(LoopinApplication.class, TestBeans.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
