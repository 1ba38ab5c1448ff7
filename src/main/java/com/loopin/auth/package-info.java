/** Sign-up and login by SMS code, sessions and the tokens that carry them. */
@ApplicationModule(
        displayName = "Authentication",
        allowedDependencies = {"database", "protection", "pumping", "sessions", "shared", "sms", "staff", "users"})
package com.loopin.auth;

import org.springframework.modulith.ApplicationModule;
