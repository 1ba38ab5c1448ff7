/** Leads: every number that asked for a code, verified or not, and its conversion. */
@ApplicationModule(
        displayName = "Leads",
        allowedDependencies = {"auth", "database", "shared", "sms", "users"})
package com.loopin.leads;

import org.springframework.modulith.ApplicationModule;
