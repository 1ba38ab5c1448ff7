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
            "payments",
            "pictures",
            "protection",
            "pumping",
            "safety",
            "shared",
            "sms",
            "staff",
            "users"
        })
package com.loopin.admin;

import org.springframework.modulith.ApplicationModule;
