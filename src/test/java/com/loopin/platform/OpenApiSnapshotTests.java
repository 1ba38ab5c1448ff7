package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.FlowTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/openapi.json is the contract clients are generated from (CI lints it and compiles a TypeScript and a Java
 * client from it): the served document must not drift from it unnoticed. After a deliberate change to the API,
 * refresh it with {@code ./mvnw test -Dtest=OpenApiSnapshotTests -Dopenapi.update=true} and review the diff.
 */
@FlowTest
class OpenApiSnapshotTests {

    static final Path SNAPSHOT = Path.of("docs", "openapi.json");
    static final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theServedDocumentIsTheOneInDocs() throws Exception {
        var served = new Api(port).get("/api/openapi.json");
        assertThat(served.status()).isEqualTo(200);
        String pretty = json.writeValueAsString(json.readTree(served.body())) + "\n";
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(SNAPSHOT, pretty, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(SNAPSHOT)).as("docs/openapi.json exists").isTrue();
        assertThat(pretty)
                .as("the served OpenAPI document drifted from docs/openapi.json; if the change is meant, run "
                        + "./mvnw test -Dtest=OpenApiSnapshotTests -Dopenapi.update=true and commit the file")
                .isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }
}
