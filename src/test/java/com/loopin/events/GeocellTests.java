package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeocellTests {

    @Test
    void everyPointWithinTheRadiusIsInOneOfTheNineCells() {
        Random random = new Random(7);
        for (int trial = 0; trial < 2_000; trial++) {
            double latitude = -60 + random.nextDouble() * 120;
            double longitude = -179 + random.nextDouble() * 358;
            double radiusKm = 0.5 + random.nextDouble() * 99.5;
            List<Geocell.Range> ranges = Geocell.around(latitude, longitude, radiusKm);
            // a point at the radius, in a random direction
            double bearing = random.nextDouble() * 2 * Math.PI;
            double distance = radiusKm * random.nextDouble();
            double dLat = distance / 111.32 * Math.cos(bearing);
            double dLon = distance / (111.32 * Math.cos(Math.toRadians(latitude))) * Math.sin(bearing);
            long cell = Geocell.of(latitude + dLat, longitude + dLon);

            assertThat(ranges)
                    .as(
                            "%.4f,%.4f within %.1f km of %.4f,%.4f",
                            latitude + dLat, longitude + dLon, radiusKm, latitude, longitude)
                    .anyMatch(range -> cell >= range.from() && cell < range.to());
        }
    }

    @Test
    void everyPointWithinTheRadiusByTheQuerysDistanceIsInTheBox() {
        Random random = new Random(11);
        for (int trial = 0; trial < 20_000; trial++) {
            double latitude = -85 + random.nextDouble() * 170;
            double longitude = -180 + random.nextDouble() * 360;
            double radiusKm = 0.5 + random.nextDouble() * 99.5;
            Geocell.Box box = Geocell.box(latitude, longitude, radiusKm);
            // a point near the radius's edge (the edge itself included), found by the haversine the query uses
            double bearing = random.nextDouble() * 2 * Math.PI;
            double angle = radiusKm / Geocell.EARTH_RADIUS_KM * (trial % 2 == 0 ? 1 : random.nextDouble());
            double phi = Math.toRadians(latitude);
            double pointPhi =
                    Math.asin(Math.sin(phi) * Math.cos(angle) + Math.cos(phi) * Math.sin(angle) * Math.cos(bearing));
            double pointLon = longitude
                    + Math.toDegrees(Math.atan2(
                            Math.sin(bearing) * Math.sin(angle) * Math.cos(phi),
                            Math.cos(angle) - Math.sin(phi) * Math.sin(pointPhi)));
            double pointLat = Math.toDegrees(pointPhi);
            if (pointLon > 180 || pointLon < -180 || haversineKm(latitude, longitude, pointLat, pointLon) > radiusKm) {
                continue;
            }
            String where = "%.6f,%.6f within %.2f km of %.6f,%.6f"
                    .formatted(pointLat, pointLon, radiusKm, latitude, longitude);
            assertThat(pointLat).as(where).isBetween(box.south(), box.north());
            if (box.west() != null) {
                assertThat(pointLon).as(where).isBetween(box.west(), box.east());
            }
        }
    }

    @Test
    void aBoxAroundAPointInIndiaIsAboutTwiceTheRadiusEachWay() {
        Geocell.Box box = Geocell.box(18.5204, 73.8567, 10);
        assertThat(box.north() - box.south()).isCloseTo(2 * 10 / 111.195, org.assertj.core.data.Offset.offset(0.001));
        assertThat(box.east() - box.west())
                .isCloseTo(
                        2 * 10 / (111.195 * Math.cos(Math.toRadians(18.61))),
                        org.assertj.core.data.Offset.offset(0.001));
        assertThat(Geocell.box(89.95, 10, 10).west())
                .as("past the pole every longitude")
                .isNull();
        assertThat(Geocell.box(0, 179.95, 10).east())
                .as("across the antimeridian")
                .isNull();
    }

    /** The distance EventRepository's query computes. */
    private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return 12742.0176
                * Math.asin(Math.sqrt(Math.pow(Math.sin(Math.toRadians(lat2 - lat1) / 2), 2)
                        + Math.cos(Math.toRadians(lat1))
                                * Math.cos(Math.toRadians(lat2))
                                * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2)));
    }

    @Test
    void aSmallRadiusUsesFineCellsAndALargeOneCoarse() {
        assertThat(Geocell.precisionFor(12.97, 0.5)).isEqualTo(6);
        assertThat(Geocell.precisionFor(12.97, 10))
                .as("cells of about 4.9 km, three each way")
                .isEqualTo(5);
        assertThat(Geocell.precisionFor(12.97, 100)).as("cells of about 156 km").isEqualTo(3);
        assertThat(Geocell.around(12.97, 77.59, 10)).hasSizeLessThanOrEqualTo(49);
    }

    @Test
    void theSameGeohashAsTheReferenceAlgorithm() {
        // "tdr1w" is Bengaluru's precision-5 geohash; its 25 bits lead the 30-bit cell
        long cell = Geocell.of(12.9716, 77.5946);
        String base32 = "0123456789bcdefghjkmnpqrstuvwxyz";
        StringBuilder hash = new StringBuilder();
        for (int shift = 25; shift >= 0; shift -= 5) {
            hash.append(base32.charAt((int) ((cell >> shift) & 31)));
        }
        assertThat(hash.toString()).startsWith("tdr1");
    }
}
