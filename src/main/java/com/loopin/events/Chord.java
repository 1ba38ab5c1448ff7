package com.loopin.events;

/**
 * Distances for "near me" measured as the chord between two points on the unit sphere, the straight line through
 * the Earth. It grows with the distance along the surface, so it orders events the same way. PostgreSQL's {@code
 * cube} index can walk it nearest first (GiST, {@code <->}), which no formula along the surface allows. The list
 * sorts, pages and filters by the chord itself, so the page order and the cursor use one number. The answer shows
 * kilometres along the surface ({@link #kilometres}).
 */
final class Chord {

    /** The mean Earth radius (the haversine's 12742.0176 km across). */
    static final double EARTH_RADIUS_KM = Geocell.EARTH_RADIUS_KM;

    private Chord() {}

    /** The point as a unit vector: x and y in the equator's plane (x towards longitude 0), z towards the north pole. */
    static double[] vector(double latitude, double longitude) {
        double lat = Math.toRadians(latitude);
        double lon = Math.toRadians(longitude);
        return new double[] {Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)};
    }

    /** The chord of an arc of this many kilometres along the surface. */
    static double ofKilometres(double kilometres) {
        return 2 * Math.sin(Math.min(Math.PI / 2, kilometres / (2 * EARTH_RADIUS_KM)));
    }

    /** Kilometres along the surface between two points this chord apart. */
    static double kilometres(double chord) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, chord / 2));
    }
}
