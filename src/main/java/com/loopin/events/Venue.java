package com.loopin.events;

import java.util.Locale;

/**
 * Where an event happens. Before a person is accepted they see the city, the area and coordinates rounded to two
 * decimals (about 1 km); the name, address, exact coordinates and join link only once accepted (or as the host).
 */
record Venue(
        boolean online,
        String name,
        String address,
        String area,
        String city,
        String countryCode,
        Double latitude,
        Double longitude,
        String joinUrl) {

    /** What the city filter compares: trimmed, lower case. */
    String cityKey() {
        return city == null ? null : key(city);
    }

    static String key(String city) {
        return city.strip().toLowerCase(Locale.ROOT);
    }

    Long geocell() {
        return latitude == null || longitude == null ? null : Geocell.of(latitude, longitude);
    }

    Venue approximate() {
        return new Venue(online, null, null, area, city, countryCode, round(latitude), round(longitude), null);
    }

    private static Double round(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 100) / 100.0;
    }
}
