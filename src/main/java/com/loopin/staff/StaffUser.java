package com.loopin.staff;

import java.time.Duration;
import java.time.Instant;

/** A staff account as {@link StaffUserRepository} reads it. */
record StaffUser(
        long id,
        String username,
        String passwordHash,
        StaffRole role,
        boolean active,
        Instant lockedUntil,
        Instant lastLoginAt,
        Instant credentialsChangedAt,
        Instant createdAt) {

    /** Wrong second-factor codes, or wrong current passwords in a signed-in session, before the account locks. */
    static final int MAX_FAILED_LOGINS = 5;
    /** Wrong passwords in a row at sign-in, from any addresses, before the account itself locks (NIST: ≤ 100). */
    static final int MAX_FAILED_LOGINS_ACROSS_ADDRESSES = 50;

    static final Duration LOCKOUT = Duration.ofMinutes(15);

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    StaffView view() {
        return new StaffView(id, username, role, active, lastLoginAt, createdAt, credentialsChangedAt);
    }
}
