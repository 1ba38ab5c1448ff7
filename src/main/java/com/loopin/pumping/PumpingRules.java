package com.loopin.pumping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which segments look pumped, from their counts alone (no database, no clock), so the rule is easy to read and to
 * test. A segment is suspect in a window (the last quarter hour or the last hour) when:
 *
 * <ol>
 *   <li>its codes went to enough different numbers for its conversion to mean something ({@code minRequests} an
 *       hour): evidence is counted in numbers, not requests, so a few clients repeating themselves prove nothing;
 *   <li>it converts below {@code minConversion};
 *   <li>and below {@code baselineFactor} times its usual conversion: its own over the baseline period if it had
 *       enough traffic then, else the whole service's, else the rule above alone decides;
 *   <li>and the provider is delivering: when half or more of the service's sends fail (send errors and failed
 *       delivery reports, {@code failed}), low conversion proves nothing and nobody is judged. Conversion is never
 *       read as provider trouble, so pumping several segments at once cannot switch the rule off.
 * </ol>
 *
 * A suspect abroad is blocked. A suspect in the home market ({@code homeCountry}) is blocked only on strong
 * evidence: at least {@code minClients} different clients, while the rest of the home market converts normally;
 * otherwise staff are alerted (console and metric) and codes keep flowing. The whole home country is never
 * blocked by the rule.
 *
 * <p>Prefixes are judged before countries, and a country without the traffic of its prefixes that are throttled
 * already or that staff lifted, so the narrowest segment that explains a campaign is the one throttled, and a lift
 * is not undone by throttling the country around it.
 */
final class PumpingRules {

    static final Duration RECENT = Duration.ofMinutes(15);
    static final Duration HOUR = Duration.ofHours(1);
    private static final double FAILING_PROVIDER = 0.5;

    private final PumpingProperties properties;
    private final Segment homeCountry;

    PumpingRules(PumpingProperties properties, Segment homeCountry) {
        this.properties = properties;
        this.homeCountry = homeCountry;
    }

    /** What a baseline is read from; asked only about segments that are already suspect otherwise. */
    interface History {
        Counts of(Segment segment);

        Counts service();
    }

    /** A suspect segment: blocked, or (in the home market, on thin evidence) only reported to staff. */
    record Suspect(Segment segment, Duration window, Counts counts, String reason, boolean block) {}

    List<Suspect> suspects(
            List<TrafficRepository.SegmentWindows> traffic,
            Set<Segment> throttled,
            Set<Segment> lifted,
            History history) {
        Counts recentTotal = Counts.NONE;
        Counts hourTotal = Counts.NONE;
        TrafficRepository.SegmentWindows home = null;
        for (var row : traffic) {
            if (row.segment().isCountry()) {
                recentTotal = recentTotal.plus(row.recent());
                hourTotal = hourTotal.plus(row.hour());
            }
            if (row.segment().equals(homeCountry)) {
                home = row;
            }
        }
        boolean recentFailing = failing(recentTotal, RECENT);
        boolean hourFailing = failing(hourTotal, HOUR);
        List<Segment> excluded = new ArrayList<>(throttled);
        List<Suspect> suspects = new ArrayList<>();
        var prefixesFirst = traffic.stream()
                .sorted(Comparator.comparing((TrafficRepository.SegmentWindows row) ->
                                row.segment().isCountry())
                        .thenComparing(row -> -row.hour().requested()))
                .toList();
        for (var row : prefixesFirst) {
            Segment segment = row.segment();
            if (covered(segment, excluded) || covered(segment, lifted)) {
                continue;
            }
            Counts recent = row.recent();
            Counts hour = row.hour();
            if (segment.isCountry()) {
                for (var prefix : traffic) {
                    if (!prefix.segment().isCountry()
                            && segment.contains(prefix.segment())
                            && (covered(prefix.segment(), excluded) || covered(prefix.segment(), lifted))) {
                        recent = recent.minus(prefix.recent());
                        hour = hour.minus(prefix.hour());
                    }
                }
            }
            boolean homePrefix = homeCountry.contains(segment) && home != null && !segment.isCountry();
            Suspect suspect = recentFailing
                    ? null
                    : judge(segment, RECENT, recent, homePrefix ? home.recent().minus(row.recent()) : null, history);
            if (suspect == null && !hourFailing) {
                suspect = judge(segment, HOUR, hour, homePrefix ? home.hour().minus(row.hour()) : null, history);
            }
            if (suspect != null) {
                suspects.add(suspect);
                if (suspect.block()) {
                    excluded.add(segment);
                }
            }
        }
        return suspects;
    }

    /**
     * A prefix was sent codes to {@code numbers} different numbers from {@code clients} clients within seconds, a
     * pace no honest traffic of one prefix reaches: blocked at once, unless it is in the home market and the
     * clients are few (then staff are alerted).
     */
    Suspect burst(Segment prefix, int numbers, int clients) {
        boolean block = !homeCountry.contains(prefix) || clients >= properties.minClients();
        return new Suspect(
                prefix,
                SegmentTraffic.BURST_WINDOW,
                new Counts(numbers, 0, numbers, clients, 0),
                Counts.count(numbers, "number") + " from " + Counts.count(clients, "client") + " within "
                        + SegmentTraffic.BURST_WINDOW.toSeconds() + " seconds",
                block);
    }

    /** Half or more of the service's sends failed in the window: the provider is failing, conversion proves nothing. */
    private boolean failing(Counts service, Duration window) {
        return service.requested() + service.failed() >= minRequests(window) && service.failure() >= FAILING_PROVIDER;
    }

    int minRequests(Duration window) {
        return (int) Math.ceil(properties.minRequests() * (double) window.toMinutes() / HOUR.toMinutes());
    }

    /**
     * @param restOfHome the rest of the home market's counts, for a prefix of the home market (else null)
     */
    private Suspect judge(Segment segment, Duration window, Counts counts, Counts restOfHome, History history) {
        int enough = minRequests(window);
        if (counts.numbers() < enough || counts.conversion() >= properties.minConversion()) {
            return null;
        }
        Counts own = history.of(segment);
        String usual;
        double baseline;
        if (own.requested() >= properties.minRequests()) {
            baseline = own.conversion();
            usual = "usually " + percent(baseline);
        } else {
            Counts service = history.service();
            baseline = service.requested() >= properties.minRequests() ? service.conversion() : 1.0;
            usual = service.requested() >= properties.minRequests()
                    ? "no history of its own; the service usually converts " + percent(baseline)
                    : "no history yet";
        }
        if (counts.conversion() >= properties.baselineFactor() * baseline) {
            return null;
        }
        boolean block = !homeCountry.contains(segment)
                || restOfHome != null
                        && counts.clients() >= properties.minClients()
                        && restOfHome.requested() >= enough
                        && restOfHome.conversion() >= properties.minConversion();
        String reason = counts.describeEvidence() + " in the last " + (window.equals(HOUR) ? "hour" : "15 minutes")
                + "; " + usual;
        return new Suspect(segment, window, counts, reason, block);
    }

    private static boolean covered(Segment segment, Iterable<Segment> by) {
        for (Segment other : by) {
            if (other.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
