package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ChordTests {

    @Test
    void theChordBetweenTwoPlacesIsShownAsTheHaversineDistance() {
        Random random = new Random(5);
        for (int trial = 0; trial < 10_000; trial++) {
            double lat1 = -80 + random.nextDouble() * 160;
            double lon1 = -180 + random.nextDouble() * 360;
            double lat2 = lat1 + (random.nextDouble() - 0.5) * 2;
            double lon2 = lon1 + (random.nextDouble() - 0.5) * 2;

            double kilometres = Chord.kilometres(chord(Chord.vector(lat1, lon1), Chord.vector(lat2, lon2)));

            assertThat(kilometres).isCloseTo(haversine(lat1, lon1, lat2, lon2), within(1e-6));
        }
        // Mumbai to Pune, about 120 km as the crow flies
        assertThat(Chord.kilometres(chord(Chord.vector(19.0760, 72.8777), Chord.vector(18.5204, 73.8567))))
                .isBetween(118.0, 122.0);
    }

    @Test
    void aRadiusInKilometresBecomesTheChordThatShowsAsIt() {
        for (double km : new double[] {0.01, 1, 10, 55.5, 100}) {
            assertThat(Chord.kilometres(Chord.ofKilometres(km))).isCloseTo(km, within(1e-9));
        }
        assertThat(Chord.ofKilometres(0)).isZero();
    }

    @Test
    void aNearerPlaceHasTheShorterChord() {
        double[] centre = Chord.vector(12.9716, 77.5946);
        double previous = -1;
        for (int km = 0; km <= 50; km++) {
            double chord = chord(centre, Chord.vector(12.9716, 77.5946 + km / 108.5));
            assertThat(chord).isGreaterThan(previous);
            previous = chord;
        }
    }

    private static double chord(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * Chord.EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
