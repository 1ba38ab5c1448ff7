package com.loopin.shared;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service")
class HealthController {

    private static final Logger log = LoggerFactory.getLogger(HealthController.class);
    private static final int DATABASE_CHECK_SECONDS = 2;

    private final DataSource dataSource;
    private final ServiceInfo info;
    private final BusinessTime time;

    HealthController(DataSource dataSource, ServiceInfo info, BusinessTime time) {
        this.dataSource = dataSource;
        this.info = info;
        this.time = time;
    }

    record Health(String status, String service, String version, String database, OffsetDateTime timestamp) {}

    @Operation(
            summary = "Service health, including the database",
            responses = {
                @ApiResponse(responseCode = "200", description = "Healthy"),
                @ApiResponse(
                        responseCode = "503",
                        description = "The database is unreachable",
                        content = @Content(schema = @Schema(implementation = Health.class)))
            })
    @GetMapping(path = "/api/health", produces = "application/json")
    ResponseEntity<Health> health() {
        boolean databaseUp = databaseAnswers();
        var body = new Health(
                databaseUp ? "healthy" : "unhealthy",
                ServiceInfo.NAME,
                info.version(),
                databaseUp ? "connected" : "unreachable",
                time.display(time.now()));
        return ResponseEntity.status(databaseUp ? 200 : 503).body(body);
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_CHECK_SECONDS);
        } catch (Exception e) {
            log.warn("Health check: database unreachable: {}", e.getMessage());
            return false;
        }
    }
}
