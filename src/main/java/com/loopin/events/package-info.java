/**
 * Events: hosts create, edit, publish, reschedule and cancel them; people discover them by interest, city, distance
 * and words; share pages preview them in chat apps. {@link com.loopin.events.Hosting} and {@link
 * com.loopin.events.Discovery} are the API; {@code docs/events-design.md} the data model the going, notification
 * and payment modules build on.
 */
@ApplicationModule(
        displayName = "Events",
        allowedDependencies = {"database", "interests", "pictures", "protection", "shared", "users"})
package com.loopin.events;

import org.springframework.modulith.ApplicationModule;
