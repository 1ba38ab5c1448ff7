package com.loopin.admin;

import com.loopin.notifications.PersonNotifications;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Delivery figures of pushes: sent, failed by reason, skipped, waiting; over the last day or week. */
@Controller
class AdminNotificationController {

    private static final Map<String, Duration> PERIODS = Map.of("day", Duration.ofDays(1), "week", Duration.ofDays(7));

    private final PersonNotifications notifications;

    AdminNotificationController(PersonNotifications notifications) {
        this.notifications = notifications;
    }

    /** One line of the summary: a status and outcome, and its count. */
    record Total(String status, String outcome, long count) {}

    @GetMapping("/admin/notifications")
    String figures(@RequestParam(defaultValue = "day") String period, Model model) {
        String chosen = PERIODS.containsKey(period) ? period : "day";
        List<PersonNotifications.Figure> figures = notifications.figures(PERIODS.get(chosen));
        Map<String, Long> totals = new TreeMap<>();
        figures.forEach(figure -> totals.merge(
                figure.status() + (figure.outcome().isEmpty() ? "" : " · " + figure.outcome()),
                figure.count(),
                Long::sum));
        model.addAttribute("period", chosen);
        model.addAttribute("figures", figures);
        model.addAttribute("totals", totals);
        model.addAttribute(
                "all",
                figures.stream().mapToLong(PersonNotifications.Figure::count).sum());
        return "admin/notifications";
    }
}
