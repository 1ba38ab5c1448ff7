package com.loopin.admin;

import com.loopin.safety.Reports;
import com.loopin.shared.Actor;
import com.loopin.shared.DomainException;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reports queue: open reports oldest first; resolve, dismiss, deactivate the person or cancel the event. */
@Controller
class AdminReportController {

    private static final int PAGE_SIZE = 50;
    private static final Set<String> STATUSES = Set.of("open", "resolved", "dismissed");

    private final Reports reports;

    AdminReportController(Reports reports) {
        this.reports = reports;
    }

    /** @param event only the reports of this event; @param user only those of this person */
    @GetMapping("/admin/reports")
    String queue(
            @RequestParam(defaultValue = "open") String status,
            @RequestParam(required = false) String event,
            @RequestParam(required = false) Long user,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        String shown = STATUSES.contains(status) ? status : "open";
        String eventId = event == null || event.isBlank() ? null : event.strip();
        int number = Math.max(0, page);
        var rows = reports.queue(shown, eventId, user, PAGE_SIZE + 1, number);
        model.addAttribute("status", shown);
        model.addAttribute("event", eventId);
        model.addAttribute("user", user);
        model.addAttribute(
                "back",
                org.springframework.web.util.UriComponentsBuilder.fromPath("/admin/reports")
                        .queryParam("status", shown)
                        .queryParamIfPresent("event", java.util.Optional.ofNullable(eventId))
                        .queryParamIfPresent("user", java.util.Optional.ofNullable(user))
                        .queryParam("page", number)
                        .encode()
                        .toUriString());
        model.addAttribute("rows", rows.size() > PAGE_SIZE ? rows.subList(0, PAGE_SIZE) : rows);
        model.addAttribute("page", number);
        model.addAttribute("more", rows.size() > PAGE_SIZE);
        model.addAttribute("counts", reports.countPerStatus());
        return "admin/reports";
    }

    @PostMapping("/admin/reports/{id}")
    String handle(
            @PathVariable long id,
            @RequestParam String outcome,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back,
            Actor staff,
            RedirectAttributes redirect) {
        try {
            reports.handle(staff, id, outcome, reason);
            redirect.addFlashAttribute("flash", "Report #" + id + ": " + outcome.replace('_', ' ') + ".");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", "Report #" + id + ": " + refused.getMessage());
        }
        // back to the list the form was on (its filters), never to another site
        return "redirect:"
                + (back != null && back.startsWith("/admin/reports") && !back.startsWith("//")
                        ? back
                        : "/admin/reports");
    }
}
