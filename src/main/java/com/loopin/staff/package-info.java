/** Staff of the console: accounts, password checks, lockout. */
@ApplicationModule(
        displayName = "Staff accounts",
        allowedDependencies = {"database", "protection", "shared"})
package com.loopin.staff;

import org.springframework.modulith.ApplicationModule;
