package com.loopin.users;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the profile endpoints (snake_case on the wire). */
final class ProfileResponses {

    private ProfileResponses() {}

    record CompletedProfile(
            long userId,
            long profileId,
            String name,
            String phoneNumber,
            String gender,
            int eventInterestsCount,
            int profilePicturesCount) {}

    record InterestDetails(
            Long id,
            String name,
            String description,
            boolean isActive,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    record ProfileDetails(
            long id,
            String name,
            String phoneNumber,
            String gender,
            String bio,
            String location,
            LocalDate birthDate,
            List<InterestDetails> eventInterests,
            List<String> profilePictures,
            boolean isVerified,
            boolean isActive,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}
}
