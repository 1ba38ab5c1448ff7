package com.loopin.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** An event as staff see it in the console: everything, exact venue included. */
public record EventSummary(
        String id,
        String title,
        String description,
        String status,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        boolean online,
        String venueName,
        String address,
        String area,
        String city,
        String joinUrl,
        long hostId,
        String hostName,
        Integer capacity,
        int seatsTaken,
        int waitlisted,
        int pendingRequests,
        String visibility,
        String audience,
        String admission,
        List<String> interests,
        List<String> coverPictures,
        String cancelReason,
        String cancelledBy,
        Instant cancelledAt,
        Instant createdAt) {

    /** Where, in one line: the online link, or the venue's parts that were given. */
    public String place() {
        if (online) {
            return "online: " + joinUrl;
        }
        return String.join(
                " · ",
                java.util.stream.Stream.of(venueName, address, area, city)
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    /** Cancelling is open to staff until the event ends. */
    public boolean cancellable(Instant now) {
        return ("draft".equals(status) || "published".equals(status)) && endsAt.isAfter(now);
    }
}
