/** Accounts and profiles: who the users are and what they told us about themselves. */
@ApplicationModule(
        displayName = "Users",
        allowedDependencies = {"database", "interests", "shared"})
package com.loopin.users;

import org.springframework.modulith.ApplicationModule;
