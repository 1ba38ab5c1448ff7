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
 *   <li>it was sent enough codes there for its conversion to mean something ({@code minRequests} an hour);
 *   <li>it converts below {@code minConversion};
 *   <li>and below {@code baselineFactor} times its usual conversion: its own over the baseline period if it had
 *       enough traffic then, else the whole service's, else the rule above alone decides;
 *   <li>while the rest of the service converts normally: when everything converts badly at once the SMS provider
 *       is failing, and nobody is throttled. Where the rest has too little traffic to tell, a segment that has
 *       converted well before (the home market, typically) is not throttled either: staff can block it by hand.
 * </ol>
 *
 * Prefixes are judged before countries, and a country without the traffic of its prefixes that are throttled
 * already or that staff lifted, so the narrowest segment that explains a campaign is the one throttled, and a lift
 * is not undone by throttling the country around it.
 */
final class PumpingRules {

    static final Duration RECENT = Duration.ofMinutes(15);
    static final Duration HOUR = Duration.ofHours(1);

    private final PumpingProperties properties;

    PumpingRules(PumpingProperties properties) {
        this.properties = properties;
    }

    /** What a baseline is read from; asked only about segments that are already suspect otherwise. */
    interface History {
        Counts of(Segment segment);

        Counts service();
    }

    record Suspect(Segment segment, Duration window, Counts counts, String reason) {}

    List<Suspect> suspects(
            List<TrafficRepository.SegmentWindows> traffic,
            Set<Segment> throttled,
            Set<Segment> lifted,
            History history) {
        Counts recentTotal = Counts.NONE;
        Counts hourTotal = Counts.NONE;
        for (var row : traffic) {
            if (row.segment().isCountry()) {
                recentTotal = recentTotal.plus(row.recent());
                hourTotal = hourTotal.plus(row.hour());
            }
        }
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
            Suspect suspect = judge(segment, RECENT, recent, recentTotal.minus(row.recent()), history);
            if (suspect == null) {
                suspect = judge(segment, HOUR, hour, hourTotal.minus(row.hour()), history);
            }
            if (suspect != null) {
                suspects.add(suspect);
                excluded.add(segment);
            }
        }
        return suspects;
    }

    int minRequests(Duration window) {
        return (int) Math.ceil(properties.minRequests() * (double) window.toMinutes() / HOUR.toMinutes());
    }

    private Suspect judge(Segment segment, Duration window, Counts counts, Counts rest, History history) {
        int enough = minRequests(window);
        if (counts.requested() < enough || counts.conversion() >= properties.minConversion()) {
            return null;
        }
        if (rest.requested() >= enough && rest.conversion() < properties.minConversion()) {
            return null;
        }
        Counts own = history.of(segment);
        boolean established =
                own.requested() >= properties.minRequests() && own.conversion() >= properties.minConversion();
        if (rest.requested() < enough && established) {
            return null;
        }
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
        String reason =
                counts.describe() + " in the last " + (window.equals(HOUR) ? "hour" : "15 minutes") + "; " + usual;
        return new Suspect(segment, window, counts, reason);
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
