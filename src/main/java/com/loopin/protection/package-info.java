/**
 * Abuse protection: rate limits, the failure lockout across codes and the SMS-pumping guard. All state is in the
 * shared database, so several instances behind a balancer count as one.
 */
@ApplicationModule(
        displayName = "Abuse protection",
        allowedDependencies = {"database", "shared"})
package com.loopin.protection;

import org.springframework.modulith.ApplicationModule;
