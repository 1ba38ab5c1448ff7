package com.loopin.users;

import com.loopin.shared.PhoneNumber;

/** A user as other modules see it. */
public record UserAccount(
        long id, PhoneNumber phoneNumber, String name, boolean active, boolean verified, boolean profileComplete) {

    public boolean needsProfileCompletion() {
        return !profileComplete;
    }
}
