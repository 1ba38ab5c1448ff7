package com.loopin.users;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The profile form as the app sends it. Every rule is checked by {@link ProfileFormValidator}, all at once. */
@Schema(description = "The profile form. Every failing field is reported at once in `errors`.")
record CompleteProfileRequest(
        @Schema(description = "Optional; if sent it must be the caller's own number", example = "+916205829376")
        String phoneNumber,

        @Schema(
                description = "3–100 characters after trimming: letters of any script, spaces, hyphens, apostrophes",
                example = "Gaurav Kumar",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String name,

        @Schema(
                description = "YYYY-MM-DD, a real date, not in the future, age 18 or more",
                example = "1995-01-01",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String birthDate,

        @Schema(
                description = "male, female or other (any case)",
                allowableValues = {"male", "female", "other"},
                example = "male",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String gender,

        @ArraySchema(
                schema = @Schema(example = "1"),
                minItems = 1,
                maxItems = 5,
                uniqueItems = true,
                arraySchema = @Schema(description = "1–5 distinct ids of active event interests"))
        List<Long> eventInterests,

        @ArraySchema(
                schema = @Schema(example = "https://example.com/pic1.jpg"),
                minItems = 1,
                maxItems = 6,
                arraySchema = @Schema(description = "1–6 absolute http(s) URLs, in display order"))
        List<String> profilePictures,

        @Schema(description = "At most 500 characters", example = "Loves live music")
        String bio,

        @Schema(description = "At most 100 characters", example = "Bengaluru")
        String location) {}
