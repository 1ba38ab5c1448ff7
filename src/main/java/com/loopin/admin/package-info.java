/** The staff console under {@code /admin}. */
@ApplicationModule(displayName = "Staff console")
package com.loopin.admin;

import org.springframework.modulith.ApplicationModule;
