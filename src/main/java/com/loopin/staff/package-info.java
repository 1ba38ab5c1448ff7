/** Staff of the console: accounts, password checks, lockout. */
@ApplicationModule(
        displayName = "Staff accounts",
        allowedDependencies = {"protection", "shared"})
package com.loopin.staff;

import org.springframework.modulith.ApplicationModule;
