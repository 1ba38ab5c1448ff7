/**
 * The small kernel every module leans on: the phone-number value type and its hashes, business time, the error
 * catalogue and the exception family, the API envelope, who is calling ({@code Caller}) and who changed what
 * ({@code Actor}, {@code AuditedChange}) and client addresses. Infrastructure lives in {@code database} and
 * {@code platform}.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package com.loopin.shared;

import org.springframework.modulith.ApplicationModule;
