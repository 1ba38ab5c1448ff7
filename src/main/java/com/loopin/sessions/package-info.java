/**
 * Sessions: one login on one device, its rotating refresh tokens (reuse detection ends the family), and which
 * sessions have ended, known in memory on every instance (LISTEN/NOTIFY plus a catch-up query) so that checking
 * an access token costs no database round trip. {@link com.loopin.sessions.Sessions} is the module's API.
 */
@ApplicationModule(
        displayName = "Sessions",
        allowedDependencies = {"database", "shared", "users"})
package com.loopin.sessions;

import org.springframework.modulith.ApplicationModule;
