package com.loopin.platform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service", description = "Root and health")
class ApiRootController {

    private final ServiceInfo info;

    ApiRootController(ServiceInfo info) {
        this.info = info;
    }

    record ApiRoot(String message, String service, String version, String docs, String openapi, String health) {}

    @Operation(operationId = "getApiRoot", summary = "API root: welcome message, version and where the docs are")
    @GetMapping(
            path = {"/api", "/api/"},
            produces = "application/json")
    ApiRoot root() {
        return new ApiRoot(
                "Welcome to the Loopin API",
                ServiceInfo.NAME,
                info.version(),
                "/api/docs",
                "/api/openapi.json",
                "/api/health");
    }
}
