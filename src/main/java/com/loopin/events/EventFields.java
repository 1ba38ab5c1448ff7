package com.loopin.events;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a host writes about an event: the body of {@code POST /api/events}, and the fields a {@code PATCH} may name
 * (a patch is laid over the event's current fields and the whole is checked again). Nulls are "not given"; {@link
 * EventRules} applies the defaults and every rule of the contract.
 */
@Schema(name = "EventFields")
public record EventFields(
        @Schema(example = "Sunday sunrise cycling", minLength = 3, maxLength = 140)
        String title,

        @Schema(example = "An easy 20 km loop, helmets required.", maxLength = 5000)
        String description,

        @Schema(description = "1-3 ids of active event interests", example = "[3]")
        List<Long> interests,

        @Schema(description = "With an offset; in the future when published", example = "2027-01-10T06:00:00+05:30")
        OffsetDateTime startsAt,

        @Schema(description = "After starts_at, at most 7 days later", example = "2027-01-10T09:00:00+05:30")
        OffsetDateTime endsAt,

        @Schema(description = "IANA zone the event's times are shown in", example = "Asia/Kolkata")
        String timeZone,

        VenueFields venue,

        @Schema(description = "1-10,000 seats; null for unlimited (never 0)", example = "20", nullable = true)
        Integer capacity,

        @Schema(
                allowableValues = {"approval", "open"},
                example = "approval")
        String admission,

        @Schema(
                allowableValues = {"everyone", "women", "men"},
                example = "everyone")
        String audience,

        @Schema(description = "1-10; 2 is a plus one", example = "1")
        Integer maxSeatsPerRequest,

        @Schema(
                allowableValues = {"public", "unlisted", "private"},
                example = "public")
        String visibility,

        @Schema(description = "0-3 URLs of pictures the host uploaded through /api/pictures")
        List<String> coverPictures,

        @Schema(description = "0 (free) or 100-10,000,000 paise per seat", example = "0")
        Long pricePaise,

        @Schema(description = "Create only: true publishes at once, otherwise the event is a draft", example = "true")
        Boolean publish) {

    /** Where: a place in a city, or online. */
    @Schema(name = "VenueFields")
    public record VenueFields(
            @Schema(description = "True for an online event (join_url required, no city)", example = "false")
            Boolean online,

            @Schema(example = "Cubbon Park, main gate", maxLength = 140)
            String name,

            @Schema(example = "Kasturba Road, Sampangi Rama Nagara", maxLength = 300)
            String address,

            @Schema(description = "Neighbourhood shown before acceptance", example = "Central", maxLength = 100)
            String area,

            @Schema(example = "Bengaluru", maxLength = 100) String city,

            @Schema(description = "ISO 3166 code, default IN", example = "IN")
            String countryCode,

            @Schema(example = "12.9763") Double latitude,
            @Schema(example = "77.5929") Double longitude,

            @Schema(description = "Online events: an https link", example = "https://meet.example.com/abc")
            String joinUrl) {}
}
