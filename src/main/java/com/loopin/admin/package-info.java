/** The staff console under {@code /admin}. */
@ApplicationModule(
        displayName = "Staff console",
        allowedDependencies = {
            "audit",
            "auth",
            "database",
            "events",
            "going",
            "interests",
            "leads",
            "notifications",
            "pictures",
            "protection",
            "pumping",
            "safety",
            "shared",
            "staff",
            "users"
        })
package com.loopin.admin;

import org.springframework.modulith.ApplicationModule;
