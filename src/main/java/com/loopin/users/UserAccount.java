package com.loopin.users;

import com.loopin.shared.PhoneNumber;

/**
 * A user as other modules see it. Every account's number is verified (an account is created by a verified code),
 * which {@link #verified()} says for the API's {@code is_verified}.
 */
public record UserAccount(long id, PhoneNumber phoneNumber, String name, boolean active, boolean profileComplete) {

    public boolean verified() {
        return true;
    }

    public boolean needsProfileCompletion() {
        return !profileComplete;
    }
}
