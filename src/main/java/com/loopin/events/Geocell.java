package com.loopin.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A point's geohash as a number: 30 bits (geohash precision 6, cells of about 1.2 × 0.6 km), longitude and latitude
 * bits interleaved. A coarser cell is a prefix of bits, so the events of a cell are one range of the indexed {@code
 * geocell} column on both databases, with no collation or extension involved. A radius search asks for the cells
 * within the radius of the point's cell (at most 3 each way, at the finest precision that allows it; cells that
 * follow each other on the curve merged into one range), then keeps the events within the exact distance.
 */
final class Geocell {

    static final int BITS = 30;
    private static final double KM_PER_DEGREE = 111.32;

    private Geocell() {}

    static long of(double latitude, double longitude) {
        double latLow = -90, latHigh = 90, lonLow = -180, lonHigh = 180;
        long cell = 0;
        for (int bit = 0; bit < BITS; bit++) {
            cell <<= 1;
            if (bit % 2 == 0) {
                double middle = (lonLow + lonHigh) / 2;
                if (longitude >= middle) {
                    cell |= 1;
                    lonLow = middle;
                } else {
                    lonHigh = middle;
                }
            } else {
                double middle = (latLow + latHigh) / 2;
                if (latitude >= middle) {
                    cell |= 1;
                    latLow = middle;
                } else {
                    latHigh = middle;
                }
            }
        }
        return cell;
    }

    /** Ranges {@code [from, to)} of {@code geocell} values that hold every point within the radius (and more). */
    record Range(long from, long to) {}

    static List<Range> around(double latitude, double longitude, double radiusKm) {
        int precision = precisionFor(latitude, radiusKm);
        int steps = steps(latitude, radiusKm, precision);
        int bits = precision * 5;
        double cellLat = 180 / Math.pow(2, bits / 2);
        double cellLon = 360 / Math.pow(2, bits - bits / 2);
        java.util.TreeSet<Long> prefixes = new java.util.TreeSet<>();
        for (int dLat = -steps; dLat <= steps; dLat++) {
            for (int dLon = -steps; dLon <= steps; dLon++) {
                double lat = Math.max(-90, Math.min(89.999999, latitude + dLat * cellLat));
                double lon = wrap(longitude + dLon * cellLon);
                prefixes.add(of(lat, lon) >>> (BITS - bits));
            }
        }
        // neighbouring cells that follow each other on the curve make one range
        List<Range> ranges = new ArrayList<>();
        long from = -1;
        long to = -1;
        for (long prefix : prefixes) {
            if (prefix != to) {
                if (from >= 0) {
                    ranges.add(new Range(from << (BITS - bits), to << (BITS - bits)));
                }
                from = prefix;
            }
            to = prefix + 1;
        }
        ranges.add(new Range(from << (BITS - bits), to << (BITS - bits)));
        return ranges;
    }

    /** The mean Earth radius (12742.0176 km across), as the box here and {@link Chord} take it. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Latitudes and longitudes that hold every point within the radius (longitudes null when the box would reach a
     * pole or the antimeridian): checked in the near index beside the cell, it leaves the cells' corners out of the
     * events read from the table.
     */
    record Box(double south, double north, Double west, Double east) {}

    static Box box(double latitude, double longitude, double radiusKm) {
        double angle = radiusKm / EARTH_RADIUS_KM; // radians along the great circle
        // no point within the radius differs in latitude by more than the angle itself
        double dLat = Math.toDegrees(angle) + 1e-9;
        double south = latitude - dLat;
        double north = latitude + dLat;
        double farthest = Math.toRadians(Math.max(Math.abs(south), Math.abs(north)));
        // haversine: sin(angle/2) >= cos(farthest) * sin(dLon/2) for every point within the radius
        double reach = Math.sin(angle / 2) / Math.cos(farthest);
        if (north >= 90 || south <= -90 || reach >= 1) {
            return new Box(south, north, null, null);
        }
        double dLon = Math.toDegrees(2 * Math.asin(reach)) + 1e-9;
        if (longitude - dLon < -180 || longitude + dLon > 180) {
            return new Box(south, north, null, null);
        }
        return new Box(south, north, longitude - dLon, longitude + dLon);
    }

    /**
     * The finest precision (1–6) at which the radius spans at most {@link #MAX_STEPS} cells each way: finer cells
     * read fewer events outside the circle, more cells mean more ranges to ask for.
     */
    static int precisionFor(double latitude, double radiusKm) {
        for (int precision = 6; precision > 1; precision--) {
            if (steps(latitude, radiusKm, precision) <= MAX_STEPS) {
                return precision;
            }
        }
        return 1;
    }

    static final int MAX_STEPS = 3;

    /** How many cells the radius spans, north-south or east-west (at the narrowest latitude it reaches). */
    private static int steps(double latitude, double radiusKm, int precision) {
        int bits = precision * 5;
        double heightKm = 180 / Math.pow(2, bits / 2) * KM_PER_DEGREE;
        double reach = Math.min(89, Math.abs(latitude) + radiusKm / KM_PER_DEGREE);
        double widthKm = 360 / Math.pow(2, bits - bits / 2) * KM_PER_DEGREE * Math.cos(Math.toRadians(reach));
        return (int) Math.max(Math.ceil(radiusKm / heightKm), Math.ceil(radiusKm / widthKm));
    }

    private static double wrap(double longitude) {
        if (longitude >= 180) {
            return longitude - 360;
        }
        return longitude < -180 ? longitude + 360 : longitude;
    }
}
