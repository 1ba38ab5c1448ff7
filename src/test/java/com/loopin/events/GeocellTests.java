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
