package com.loopin.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A point's geohash as a number: 30 bits (geohash precision 6, cells of about 1.2 × 0.6 km), longitude and latitude
 * bits interleaved. A coarser cell is a prefix of bits, so the events of a cell are one range of the indexed {@code
 * geocell} column on both databases, with no collation or extension involved. A radius search asks for the cell
 * around the point and its eight neighbours, at the finest precision whose cells are at least the radius across,
 * then keeps the events within the exact distance.
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
        int bits = precision * 5;
        double cellLat = 180 / Math.pow(2, bits / 2);
        double cellLon = 360 / Math.pow(2, bits - bits / 2);
        List<Range> ranges = new ArrayList<>();
        for (int dLat = -1; dLat <= 1; dLat++) {
            for (int dLon = -1; dLon <= 1; dLon++) {
                double lat = Math.max(-90, Math.min(89.999999, latitude + dLat * cellLat));
                double lon = wrap(longitude + dLon * cellLon);
                long prefix = of(lat, lon) >>> (BITS - bits);
                Range range = new Range(prefix << (BITS - bits), (prefix + 1) << (BITS - bits));
                if (!ranges.contains(range)) {
                    ranges.add(range);
                }
            }
        }
        return ranges;
    }

    /** The finest precision (1–6) whose cells, at this latitude, are at least the radius tall and wide. */
    static int precisionFor(double latitude, double radiusKm) {
        for (int precision = 6; precision > 1; precision--) {
            int bits = precision * 5;
            double heightDegrees = 180 / Math.pow(2, bits / 2);
            // the narrowest cell the neighbours reach: a cell's height away from the point, towards the pole
            double widthFactor = Math.cos(Math.toRadians(Math.min(89, Math.abs(latitude) + heightDegrees)));
            double heightKm = heightDegrees * KM_PER_DEGREE;
            double widthKm = 360 / Math.pow(2, bits - bits / 2) * KM_PER_DEGREE * widthFactor;
            if (heightKm >= radiusKm && widthKm >= radiusKm) {
                return precision;
            }
        }
        return 1;
    }

    private static double wrap(double longitude) {
        if (longitude >= 180) {
            return longitude - 360;
        }
        return longitude < -180 ? longitude + 360 : longitude;
    }
}
