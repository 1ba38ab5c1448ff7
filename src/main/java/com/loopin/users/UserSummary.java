package com.loopin.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A user with their profile, as the console lists and shows them. */
public record UserSummary(
        long userId,
        long profileId,
        String phoneNumber,
        String name,
        String gender,
        String location,
        String bio,
        LocalDate birthDate,
        List<String> pictures,
        Set<Long> interestIds,
        boolean active,
        boolean profileComplete,
        Instant createdAt,
        Instant completedAt) {

    /** Every account's number is verified: an account is created by a verified code. */
    public boolean verified() {
        return true;
    }
}
