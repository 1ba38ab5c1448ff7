/** The audit log: every change staff make, who, what, when, before and after. */
@ApplicationModule(
        displayName = "Audit log",
        allowedDependencies = {"database", "shared", "users"})
package com.loopin.audit;

import org.springframework.modulith.ApplicationModule;
