/** Sign-up and login by SMS code, sessions and the tokens that carry them. */
@ApplicationModule(displayName = "Authentication")
package com.loopin.auth;

import org.springframework.modulith.ApplicationModule;
