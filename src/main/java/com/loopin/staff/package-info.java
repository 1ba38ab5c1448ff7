/** Staff of the console: accounts, password checks, lockout. */
@ApplicationModule(displayName = "Staff accounts")
package com.loopin.staff;

import org.springframework.modulith.ApplicationModule;
