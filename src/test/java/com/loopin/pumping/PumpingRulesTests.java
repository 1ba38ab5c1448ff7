package com.loopin.pumping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rule alone: counts in, suspects out. */
class PumpingRulesTests {

    static final PumpingProperties DEFAULTS = new PumpingProperties(
            true, 30, 0.2, 0.5, Duration.ofMinutes(60), 4, Duration.ofDays(7), Duration.ofSeconds(60), 10, 50);

    final PumpingRules rules = new PumpingRules(DEFAULTS, new Segment("+91"));
    final List<TrafficRepository.SegmentWindows> traffic = new ArrayList<>();

    @Test
    void aPrefixSentManyCodesThatNobodyVerifiesIsSuspectButNotItsCountry() {
        india(200, 160);
        segment("+234", 0, 0, 120, 1);
        segment("+234 8031", 0, 0, 120, 1);

        var suspects = rules.suspects(traffic, Set.of(), Set.of(), noHistory());

        assertThat(suspects).extracting(PumpingRules.Suspect::segment).containsExactly(new Segment("+234 8031"));
        assertThat(suspects.getFirst().window()).isEqualTo(PumpingRules.HOUR);
        assertThat(suspects.getFirst().reason())
                .isEqualTo("1 of 120 verified (1 %), 120 numbers, 120 clients in the last hour; no history yet");
        assertThat(suspects.getFirst().block()).isTrue();
    }

    @Test
    void aCampaignSpreadOverACountrysPrefixesThrottlesTheCountry() {
        india(200, 160);
        segment("+234", 0, 0, 120, 0);
        for (int i = 0; i < 12; i++) {
            segment("+234 80" + (10 + i), 0, 0, 10, 0);
        }

        assertThat(rules.suspects(traffic, Set.of(), Set.of(), noHistory()))
                .extracting(PumpingRules.Suspect::segment)
                .containsExactly(new Segment("+234"));
    }

    @Test
    void aBurstInTheLastQuarterHourIsCaughtBeforeTheHourFillsUp() {
        india(200, 160);
        segment("+234", 10, 0, 10, 0);
        segment("+234 8031", 10, 0, 10, 0);

        var suspects = rules.suspects(traffic, Set.of(), Set.of(), noHistory());

        assertThat(rules.minRequests(PumpingRules.RECENT)).isEqualTo(8);
        assertThat(suspects).extracting(PumpingRules.Suspect::window).containsExactly(PumpingRules.RECENT);
    }

    @Test
    void tooFewCodesProveNothing() {
        india(200, 160);
        segment("+234", 0, 0, 29, 0);
        segment("+234 8031", 0, 0, 29, 0);

        assertThat(rules.suspects(traffic, Set.of(), Set.of(), noHistory())).isEmpty();
    }

    @Test
    void whenHalfTheServicesSendsFailNobodyIsJudged() {
        segment("+91", new Counts(0, 0), new Counts(400, 8, 400, 300, 600));
        segment("+91 9812", new Counts(0, 0), new Counts(200, 4, 200, 150, 300));
        segment("+234", new Counts(0, 0), new Counts(120, 0, 120, 120, 0));
        segment("+234 8031", new Counts(0, 0), new Counts(120, 0, 120, 120, 0));

        assertThat(rules.suspects(traffic, Set.of(), Set.of(), noHistory()))
                .as("more sends failed than went out: low conversion proves nothing")
                .isEmpty();
    }

    @Test
    void pumpingTwoSegmentsAtOnceDoesNotPassForAFailingProvider() {
        india(200, 160);
        segment("+234", 0, 0, 40, 0);
        segment("+234 8031", 0, 0, 40, 0);
        segment("+880", 0, 0, 40, 0);
        segment("+880 1712", 0, 0, 40, 0);

        assertThat(rules.suspects(traffic, Set.of(), Set.of(), noHistory()))
                .extracting(PumpingRules.Suspect::segment)
                .containsExactlyInAnyOrder(new Segment("+234 8031"), new Segment("+880 1712"));
    }

    @Test
    void manyRequestsToFewNumbersProveNothing() {
        india(200, 160);
        segment("+234", new Counts(0, 0), new Counts(120, 0, 12, 1, 0));
        segment("+234 8031", new Counts(0, 0), new Counts(120, 0, 12, 1, 0));

        assertThat(rules.suspects(traffic, Set.of(), Set.of(), noHistory())).isEmpty();
    }

    @Test
    void aQuietHomePrefixSentUnverifiedCodesByOneClientIsReportedToStaffNotBlocked() {
        india(200, 160);
        segment("+91 9813", new Counts(9, 0, 9, 1, 0), new Counts(9, 0, 9, 1, 0));

        var suspects = rules.suspects(traffic, Set.of(), Set.of(), noHistory());

        assertThat(suspects).singleElement().satisfies(suspect -> {
            assertThat(suspect.segment()).isEqualTo(new Segment("+91 9813"));
            assertThat(suspect.block()).as("one client is thin evidence").isFalse();
        });
    }

    @Test
    void aHomePrefixIsBlockedOnManyClientsWhileTheRestOfTheHomeMarketConvertsWell() {
        segment("+91", 0, 0, 400, 160);
        segment("+91 9876", 0, 0, 200, 160);
        segment("+91 9813", new Counts(0, 0), new Counts(200, 0, 200, 60, 0));

        var suspects = rules.suspects(traffic, Set.of(), Set.of(), noHistory());

        assertThat(suspects)
                .filteredOn(PumpingRules.Suspect::block)
                .extracting(PumpingRules.Suspect::segment)
                .containsExactly(new Segment("+91 9813"));
        assertThat(suspects)
                .as("the country is never blocked by the rule")
                .noneMatch(suspect -> suspect.segment().equals(new Segment("+91")) && suspect.block());
    }

    @Test
    void aBurstAbroadIsBlockedAndAtHomeOnlyWithManyClients() {
        assertThat(rules.burst(new Segment("+234 8031"), 50, 1).block()).isTrue();
        assertThat(rules.burst(new Segment("+91 9813"), 50, 3).block()).isFalse();
        assertThat(rules.burst(new Segment("+91 9813"), 50, 40).block()).isTrue();
        assertThat(rules.burst(new Segment("+91 9813"), 50, 40).reason())
                .isEqualTo("50 numbers from 40 clients within 10 seconds");
    }

    @Test
    void aSegmentThatAlwaysConvertsPoorlyIsJudgedAgainstItsOwnHistory() {
        india(200, 160);
        segment("+234", 0, 0, 100, 15);
        segment("+234 8031", 0, 0, 100, 15);
        var usual = Map.of(new Segment("+234 8031"), new Counts(3000, 480), new Segment("+234"), new Counts(3000, 480));

        assertThat(rules.suspects(traffic, Set.of(), Set.of(), history(usual, new Counts(50000, 40000))))
                .as("15 % is its usual 16 %, not a campaign")
                .isEmpty();
    }

    @Test
    void throttledAndLiftedSegmentsAreLeftAlone() {
        india(200, 160);
        segment("+234", 0, 0, 120, 0);
        segment("+234 8031", 0, 0, 120, 0);

        assertThat(rules.suspects(traffic, Set.of(new Segment("+234 8031")), Set.of(), noHistory()))
                .as("the country's traffic is the throttled prefix's")
                .isEmpty();
        assertThat(rules.suspects(traffic, Set.of(), Set.of(new Segment("+234")), noHistory()))
                .as("staff lifted the country, which covers the prefix")
                .isEmpty();
        assertThat(rules.suspects(traffic, Set.of(), Set.of(new Segment("+234 8031")), noHistory()))
                .as("staff lifted the prefix: its country is not throttled for the prefix's traffic")
                .isEmpty();
    }

    private void india(long requested, long verified) {
        segment("+91", 0, 0, requested, verified);
        segment("+91 9812", 0, 0, requested, verified);
    }

    /** Every code to a number and from a client of its own. */
    private void segment(String key, long recentRequested, long recentVerified, long hourRequested, long hourVerified) {
        long hour = Math.max(hourRequested, recentRequested);
        segment(
                key,
                new Counts(recentRequested, recentVerified, recentRequested, recentRequested, 0),
                new Counts(hour, Math.max(hourVerified, recentVerified), hour, hour, 0));
    }

    private void segment(String key, Counts recent, Counts hour) {
        traffic.add(new TrafficRepository.SegmentWindows(new Segment(key), recent, hour));
    }

    private static PumpingRules.History noHistory() {
        return history(Map.of(), Counts.NONE);
    }

    private static PumpingRules.History history(Map<Segment, Counts> own, Counts service) {
        return new PumpingRules.History() {
            @Override
            public Counts of(Segment segment) {
                return own.getOrDefault(segment, Counts.NONE);
            }

            @Override
            public Counts service() {
                return service;
            }
        };
    }
}
