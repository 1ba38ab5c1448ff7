package com.loopin.users;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the profile endpoints (snake_case on the wire). */
final class ProfileResponses {

    private ProfileResponses() {}

    record CompletedProfile(
            @Schema(example = "42") long userId,
            @Schema(example = "42") long profileId,
            @Schema(example = "Gaurav Kumar") String name,
            @Schema(example = "+916205829376") String phoneNumber,

            @Schema(
                    allowableValues = {"male", "female", "other"},
                    example = "male")
            String gender,

            int eventInterestsCount,
            int profilePicturesCount) {}

    record InterestDetails(
            @Schema(example = "1") Long id,
            @Schema(example = "Music & Concerts") String name,

            @Schema(nullable = true, example = "Live music, concerts, gigs and festivals")
            String description,

            boolean isActive,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    record ProfileDetails(
            @Schema(example = "42") long id,

            @Schema(nullable = true, description = "Null until the profile is completed", example = "Gaurav Kumar")
            String name,

            @Schema(example = "+916205829376") String phoneNumber,

            @Schema(
                    nullable = true,
                    allowableValues = {"male", "female", "other"},
                    example = "male")
            String gender,

            @Schema(nullable = true, example = "Loves live music")
            String bio,

            @Schema(nullable = true, example = "Bengaluru") String location,
            @Schema(nullable = true, example = "1995-01-01") LocalDate birthDate,
            List<InterestDetails> eventInterests,
            List<String> profilePictures,
            boolean isVerified,
            boolean isActive,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}
}
