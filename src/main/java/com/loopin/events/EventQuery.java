package com.loopin.events;

import java.time.Instant;
import java.util.List;

/**
 * A discovery list's filters and order, checked ({@link Discovery#query}).
 *
 * @param order {@code starts_at}, {@code distance} (needs {@code near}) or {@code for_you}
 * @param interestsOfCaller what {@code for_you} ranks by: the caller's interests
 * @param hiddenHosts hosts whose events the caller does not see (blocks, either way)
 */
record EventQuery(
        List<Long> interests,
        String cityKey,
        Near near,
        Instant from,
        Instant to,
        List<String> words,
        String audience,
        String order,
        List<Long> interestsOfCaller,
        java.util.Set<Long> hiddenHosts,
        int limit,
        EventCursor cursor) {

    static final String BY_START = "starts_at";
    static final String BY_DISTANCE = "distance";
    static final String FOR_YOU = "for_you";

    record Near(double latitude, double longitude, double radiusKm) {}
}
