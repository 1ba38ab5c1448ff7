package com.loopin.staff;

import java.time.Instant;
import java.util.Objects;

/**
 * A staff account as other modules see it.
 *
 * @param credentialsChangedAt when the password last changed: a console session or staff token issued while an
 *     older password was in force is no longer good (null: never changed)
 */
public record StaffView(
        Long id,
        String username,
        StaffRole role,
        boolean active,
        Instant lastLoginAt,
        Instant createdAt,
        Instant credentialsChangedAt) {

    /** True while this account, as it is now, still accepts a sign-in made when it looked like {@code then}. */
    public boolean accepts(StaffView then) {
        return active && Objects.equals(credentialsChangedAt, then.credentialsChangedAt());
    }
}
