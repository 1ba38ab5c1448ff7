package com.loopin.admin;

import com.loopin.leads.Leads;
import com.loopin.shared.BusinessTime;
import com.loopin.users.UserDirectory;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The funnel at a glance: numbers that asked for a code, verified, completed their profile. */
@Controller
class AdminDashboardController {

    static final int CHART_DAYS = 14;
    static final int CHART_HEIGHT = 160;

    private final Leads leads;
    private final UserDirectory users;
    private final BusinessTime time;

    AdminDashboardController(Leads leads, UserDirectory users, BusinessTime time) {
        this.leads = leads;
        this.users = users;
        this.time = time;
    }

    /** @param link the list behind the figure, filtered as the figure counts; null when there is none */
    record Stat(String label, String value, String link) {}

    record DayBars(
            String label,
            long requested,
            long verified,
            long completed,
            int x,
            int requestedHeight,
            int verifiedHeight,
            int completedHeight) {}

    @GetMapping({"/admin", "/admin/"})
    String dashboard(Model model) {
        LocalDate today = time.today();
        var since = today.minusDays(29).atStartOfDay(time.zone()).toInstant();
        Map<LocalDate, Long> requested = leads.requestedPerDay(since, time.zone());
        Map<LocalDate, Long> verified = leads.verifiedPerDay(since, time.zone());
        Map<LocalDate, Long> completed = users.profilesCompletedPerDay(since, time.zone());

        long leads30 = sumSince(requested, today.minusDays(29));
        long verified30 = sumSince(verified, today.minusDays(29));
        long completed30 = sumSince(completed, today.minusDays(29));
        model.addAttribute(
                "stats",
                List.of(
                        new Stat(
                                "Leads today",
                                Long.toString(sumSince(requested, today)),
                                "/admin/leads?from=" + today + "&to=" + today),
                        new Stat(
                                "Leads, 7 days",
                                Long.toString(sumSince(requested, today.minusDays(6))),
                                "/admin/leads?from=" + today.minusDays(6)),
                        new Stat("Leads, 30 days", Long.toString(leads30), "/admin/leads?from=" + today.minusDays(29)),
                        new Stat(
                                "Verified, 30 days",
                                Long.toString(verified30),
                                "/admin/leads?status=verified&from=" + today.minusDays(29)),
                        new Stat(
                                "Profiles completed, 30 days",
                                Long.toString(completed30),
                                "/admin/users?profile=complete"),
                        new Stat("Lead → verified", percent(verified30, leads30), null),
                        new Stat("Verified → profile", percent(completed30, verified30), null)));
        model.addAttribute("bars", bars(today, requested, verified, completed));
        model.addAttribute("chartHeight", CHART_HEIGHT);
        model.addAttribute("chartMax", chartMax(today, requested, verified));
        return "admin/dashboard";
    }

    private static List<DayBars> bars(
            LocalDate today,
            Map<LocalDate, Long> requested,
            Map<LocalDate, Long> verified,
            Map<LocalDate, Long> completed) {
        long max = chartMax(today, requested, verified);
        var label = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
        List<DayBars> bars = new ArrayList<>();
        for (int i = CHART_DAYS - 1; i >= 0; i--) {
            LocalDate day = today.minusDays(i);
            long r = requested.getOrDefault(day, 0L);
            long v = verified.getOrDefault(day, 0L);
            long c = completed.getOrDefault(day, 0L);
            bars.add(new DayBars(
                    label.format(day),
                    r,
                    v,
                    c,
                    (CHART_DAYS - 1 - i) * 50 + 30,
                    height(r, max),
                    height(v, max),
                    height(c, max)));
        }
        return bars;
    }

    /** The value at the top of the chart's y-axis. */
    private static long chartMax(LocalDate today, Map<LocalDate, Long> requested, Map<LocalDate, Long> verified) {
        long max = 1;
        for (int i = 0; i < CHART_DAYS; i++) {
            max = Math.max(max, requested.getOrDefault(today.minusDays(i), 0L));
            max = Math.max(max, verified.getOrDefault(today.minusDays(i), 0L));
        }
        return max;
    }

    private static int height(long value, long max) {
        return (int) Math.round(value * (double) CHART_HEIGHT / max);
    }

    private static long sumSince(Map<LocalDate, Long> perDay, LocalDate from) {
        return perDay.entrySet().stream()
                .filter(e -> !e.getKey().isBefore(from))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : Math.round(100.0 * part / whole) + " %";
    }
}
