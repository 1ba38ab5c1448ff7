/**
 * Safety: people block one another (neither then sees the other's events, requests or invitations) and report
 * events or people into a queue staff work through. {@link com.loopin.safety.Blocks} and {@link
 * com.loopin.safety.Reports} are the API; a block reaches the events module through its {@code EventAccess}.
 */
@ApplicationModule(
        displayName = "Safety",
        allowedDependencies = {"database", "events", "protection", "shared", "users"})
package com.loopin.safety;

import org.springframework.modulith.ApplicationModule;
