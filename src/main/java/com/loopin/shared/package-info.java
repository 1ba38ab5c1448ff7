/**
 * What every module leans on: the phone-number value type, the API error catalogue and handler, security
 * configuration, the clock and the business time zone.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.loopin.shared;

import org.springframework.modulith.ApplicationModule;
