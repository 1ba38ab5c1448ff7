package com.loopin.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** An event's fields once {@link EventRules} accepted them: trimmed, defaulted, in UTC. */
record EventSpec(
        String title,
        String description,
        List<Long> interests,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        Venue venue,
        Integer capacity,
        String admission,
        String audience,
        int maxSeatsPerRequest,
        String visibility,
        List<String> coverPictures,
        long pricePaise) {

    /** The fields as the host wrote them, for a patch to be laid over. */
    EventFields fields() {
        return new EventFields(
                title,
                description,
                interests,
                startsAt.atZone(timeZone).toOffsetDateTime(),
                endsAt.atZone(timeZone).toOffsetDateTime(),
                timeZone.getId(),
                new EventFields.VenueFields(
                        venue.online(),
                        venue.name(),
                        venue.address(),
                        venue.area(),
                        venue.city(),
                        venue.countryCode(),
                        venue.latitude(),
                        venue.longitude(),
                        venue.joinUrl()),
                capacity,
                admission,
                audience,
                maxSeatsPerRequest,
                visibility,
                coverPictures,
                pricePaise,
                null);
    }
}
