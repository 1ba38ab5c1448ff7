package com.loopin.events;

import java.time.Instant;
import java.util.List;

/** An event as stored, with its interests and cover pictures. */
record Event(
        String id,
        long hostId,
        EventStatus status,
        /* the fields as the host wrote them */
        EventSpec spec,
        int seatsTaken,
        int waitlisted,
        int pendingRequests,
        String cancelReason,
        String cancelledBy,
        Instant cancelledAt,
        Instant publishedAt,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        /* only in a list ordered or filtered by distance */
        Double distanceKm) {

    Event withPictures(List<Long> interests, List<String> coverPictures) {
        return new Event(
                id,
                hostId,
                status,
                spec.withPictures(interests, coverPictures),
                seatsTaken,
                waitlisted,
                pendingRequests,
                cancelReason,
                cancelledBy,
                cancelledAt,
                publishedAt,
                completedAt,
                createdAt,
                updatedAt,
                distanceKm);
    }

    boolean hostedBy(Long userId) {
        return userId != null && userId == hostId;
    }

    boolean started(Instant now) {
        return !spec.startsAt().isAfter(now);
    }

    boolean ended(Instant now) {
        return !spec.endsAt().isAfter(now);
    }

    boolean isPrivate() {
        return "private".equals(spec.visibility());
    }

    boolean listed() {
        return status == EventStatus.PUBLISHED && "public".equals(spec.visibility());
    }
}
