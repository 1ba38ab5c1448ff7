/**
 * How the service runs, which no feature module calls: the security filter chains and their order, the request
 * filters (request id, trusted forwarded headers, body size, database back-pressure), the API error handler and
 * problem bodies, JSON and OpenAPI set-up, health, the API root, and the operator settings read at start-up.
 */
@ApplicationModule(
        displayName = "Platform",
        allowedDependencies = {"database", "shared"})
package com.loopin.platform;

import org.springframework.modulith.ApplicationModule;
