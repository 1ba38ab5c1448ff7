package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ErrorCatalogueDocsTests {

    @Test
    void everyErrorCodeIsInTheDocsTableWithItsStatus() throws IOException {
        String docs = Files.readString(Path.of("docs/phone-authentication.md"));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(docs)
                    .as("docs/phone-authentication.md lists %s", code)
                    .contains("| `" + code.name() + "` | " + code.status().value() + " |");
        }
    }
}
