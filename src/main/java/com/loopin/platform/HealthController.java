package com.loopin.platform;

import com.loopin.shared.BusinessTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service")
class HealthController {

    private final DatabaseStatus database;
    private final ServiceInfo info;
    private final BusinessTime time;

    HealthController(DatabaseStatus database, ServiceInfo info, BusinessTime time) {
        this.database = database;
        this.info = info;
        this.time = time;
    }

    record Health(String status, String service, String version, String database, OffsetDateTime timestamp) {}

    @Operation(
            operationId = "getHealth",
            summary = "Service health, including the database (as checked within the last second or so)",
            responses = {
                @ApiResponse(responseCode = "200", description = "Healthy"),
                @ApiResponse(
                        responseCode = "503",
                        description = "The database is unreachable",
                        content = @Content(schema = @Schema(implementation = Health.class)))
            })
    @GetMapping(path = "/api/health", produces = "application/json")
    // not a ResponseEntity: Spring flushes those, which sends the small body chunked instead of with a length
    Health health(HttpServletResponse response) {
        boolean databaseUp = database.isUp();
        if (!databaseUp) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
        return new Health(
                databaseUp ? "healthy" : "unhealthy",
                ServiceInfo.NAME,
                info.version(),
                databaseUp ? "connected" : "unreachable",
                time.display(time.now()));
    }
}
