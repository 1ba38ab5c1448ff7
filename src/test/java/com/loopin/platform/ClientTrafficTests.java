package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientTrafficTests {

    @Test
    void anAddressMayHaveOnlySoManyRequestsInFlightAndGetsItsPlaceBackWhenOneEnds() {
        var traffic = new ClientTraffic(new ClientLimits(3, 1000, 1000, 60));
        List<ClientTraffic.Admission> admitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            admitted.add(traffic.admit("10.0.0.1", false));
        }
        assertThat(admitted).allMatch(ClientTraffic.Admission::admitted);
        assertThat(traffic.admit("10.0.0.1", false).admitted()).isFalse();
        assertThat(traffic.admit("10.0.0.2", false).admitted())
                .as("another address is not affected")
                .isTrue();

        traffic.release(admitted.getFirst());
        assertThat(traffic.admit("10.0.0.1", false).admitted()).isTrue();
    }

    @Test
    void anAddressSendingFasterThanItsRateIsRefusedAfterItsBurstAndToldWhenToComeBack() {
        var traffic = new ClientTraffic(new ClientLimits(1000, 10, 20, 60));
        int admitted = 0;
        for (int i = 0; i < 25; i++) {
            var admission = traffic.admit("10.0.0.1", false);
            if (admission.admitted()) {
                admitted++;
                traffic.release(admission);
            }
        }
        assertThat(admitted).isBetween(20, 21);
        var refused = traffic.admit("10.0.0.1", false);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterNanos()).isBetween(1L, 100_000_000L);
    }

    @Test
    void refreshesHaveALimitOfTheirOwn() {
        var traffic = new ClientTraffic(new ClientLimits(1000, 1000, 1000, 5));
        for (int i = 0; i < 5; i++) {
            traffic.release(traffic.admit("10.0.0.1", true));
        }
        assertThat(traffic.admit("10.0.0.1", true).admitted()).isFalse();
        assertThat(traffic.admit("10.0.0.1", false).admitted())
                .as("other requests of the address still pass")
                .isTrue();
    }

    @Test
    void aClientHoldingMoreThanAnEqualShareOfWhatIsInFlightIsTheGreedyOne() {
        var traffic = new ClientTraffic(new ClientLimits(100, 1000, 1000, 60));
        ClientTraffic.Admission greedy = null;
        for (int i = 0; i < 9; i++) {
            greedy = traffic.admit("10.0.0.66", false);
        }
        var modest = traffic.admit("10.0.0.77", false);
        assertThat(traffic.holdsMoreThanFairShare(greedy)).isTrue();
        assertThat(traffic.holdsMoreThanFairShare(modest)).isFalse();
    }

    @Test
    void beyondTheAddressesItCanRememberNewcomersAreLetThroughNotLimitedTogether() {
        var traffic = new ClientTraffic(new ClientLimits(1, 1, 1, 1));
        for (int i = 0; i < ClientTraffic.MAX_TRACKED; i++) {
            traffic.admit("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), false);
        }
        assertThat(traffic.tracked()).isEqualTo(ClientTraffic.MAX_TRACKED);
        for (int i = 0; i < 100; i++) {
            var admission = traffic.admit("172.16.0." + i, true);
            assertThat(admission.admitted()).as("newcomer %d", i).isTrue();
            assertThat(traffic.holdsMoreThanFairShare(admission)).isFalse();
        }
        assertThat(traffic.tracked()).isEqualTo(ClientTraffic.MAX_TRACKED);
    }
}
