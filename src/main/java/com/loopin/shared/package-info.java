/**
 * The small kernel every module leans on: the phone-number value type and its hashes, business time, the error
 * catalogue and the exception family, the API envelope, who is calling ({@code Caller}) and who changed what
 * ({@code Actor}, {@code AuditedChange}), client addresses, and cross-instance change notifications.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package com.loopin.shared;

import org.springframework.modulith.ApplicationModule;
