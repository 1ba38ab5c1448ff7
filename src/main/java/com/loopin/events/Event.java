package com.loopin.events;

import java.time.Instant;

/** An event as stored, with its interests and cover pictures. */
record Event(
        String id,
        long hostId,
        EventStatus status,
        /* the fields as the host wrote them */
        EventSpec spec,
        int seatsTaken,
        String cancelReason,
        String cancelledBy,
        Instant cancelledAt,
        Instant publishedAt,
        Instant completedAt,
        Instant createdAt,
        Instant updatedAt,
        /* only in a list near a point: the {@link Chord} to it, which orders the list (shown in kilometres) */
        Double chord) {

    /** The same event with the distance of a list near a point (null for none). */
    Event withChord(Double chord) {
        return new Event(
                id,
                hostId,
                status,
                spec,
                seatsTaken,
                cancelReason,
                cancelledBy,
                cancelledAt,
                publishedAt,
                completedAt,
                createdAt,
                updatedAt,
                chord);
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
