/** Sending text messages: {@link com.loopin.sms.SmsSender} and its providers (in {@code internal}). */
@ApplicationModule(
        displayName = "SMS",
        allowedDependencies = {"shared", "database"})
package com.loopin.sms;

import org.springframework.modulith.ApplicationModule;
