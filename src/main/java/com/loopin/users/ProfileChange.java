package com.loopin.users;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A profile as staff (console or staff API) or the user themselves change it; checked with the same rules as the
 * app's form. The staff API's request body.
 */
@Schema(name = "UserUpdate")
public record ProfileChange(
        String name,
        String birthDate,

        @Schema(
                allowableValues = {"male", "female", "other"},
                example = "male")
        String gender,

        List<Long> eventInterests,
        List<String> profilePictures,
        String bio,
        String location) {}
