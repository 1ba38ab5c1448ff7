/**
 * SMS pumping detection: how well each country and number prefix converts (codes verified ÷ codes sent), and the
 * throttles put on segments that receive codes nobody verifies. Counting and the throttle check are in memory;
 * the counts and the throttles are shared through the database, so several instances decide as one.
 * {@link com.loopin.pumping.SmsSegments} is the module's API.
 */
@ApplicationModule(
        displayName = "SMS pumping detection",
        allowedDependencies = {"database", "shared", "sms"})
package com.loopin.pumping;

import org.springframework.modulith.ApplicationModule;
