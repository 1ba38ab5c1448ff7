/**
 * Going to an event: asking to join, the host's yes or no, the waitlist, tickets and the door. {@link
 * com.loopin.going.Requests} and {@link com.loopin.going.CheckIns} are the API; seats are taken through the events
 * module's {@code EventSeats}, one conditional statement each, so they are never oversold.
 */
@ApplicationModule(
        displayName = "Going",
        allowedDependencies = {"database", "events", "interests", "protection", "safety", "shared", "users"})
package com.loopin.going;

import org.springframework.modulith.ApplicationModule;
