/** Event interests: the list users choose from when completing their profile, curated by staff. */
@ApplicationModule(
        displayName = "Event interests",
        allowedDependencies = {"database", "shared"})
package com.loopin.interests;

import org.springframework.modulith.ApplicationModule;
