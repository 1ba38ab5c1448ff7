package com.loopin.admin;

import com.loopin.audit.AuditFilter;
import com.loopin.audit.AuditLog;
import com.loopin.events.EventDirectory;
import com.loopin.events.EventFilter;
import com.loopin.events.EventSummary;
import com.loopin.shared.Actor;
import com.loopin.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events: find them, read one with its history and its host's other events, cancel one with a reason. */
@Controller
class AdminEventController {

    private final EventDirectory events;
    private final com.loopin.going.Guests guests;
    private final AuditLog audit;
    private final Clock clock;

    AdminEventController(EventDirectory events, com.loopin.going.Guests guests, AuditLog audit, Clock clock) {
        this.events = events;
        this.guests = guests;
        this.audit = audit;
        this.clock = clock;
    }

    /** The list's filters as its URL carries them. */
    record EventListFilter(String q, String status, String city, String from, String to, Long host) {

        EventFilter filter() {
            return new EventFilter(
                    q,
                    status == null || status.isBlank() ? null : status,
                    city,
                    AdminRequests.date(from),
                    AdminRequests.date(to),
                    host);
        }
    }

    @GetMapping("/admin/events")
    String list(EventListFilter form, ListPosition position, HttpServletRequest request, Model model) {
        model.addAttribute(
                "events", events.search(form.filter(), position.pageRequest(Map.of("starts", "startsAt"), "starts")));
        model.addAttribute("counts", events.countPerStatus());
        model.addAttribute("form", form);
        model.addAttribute("links", position.links(request, "starts"));
        return "admin/events";
    }

    @GetMapping("/admin/events/{id}")
    String detail(@PathVariable String id, Model model) {
        EventSummary event = find(id);
        model.addAttribute("event", event);
        model.addAttribute("cancellable", event.cancellable(clock.instant()));
        model.addAttribute("history", audit.search(new AuditFilter(null, null, null, "event", id, null, null), 0, 50));
        model.addAttribute("others", events.otherEventsOf(event.hostId(), id, 10));
        var requests = guests.forStaff(id);
        model.addAttribute("requests", requests);
        model.addAttribute(
                "checkedIn",
                requests.stream()
                        .filter(row -> "checked_in".equals(row.ticketStatus()))
                        .mapToInt(row -> row.seats())
                        .sum());
        return "admin/event";
    }

    @PostMapping("/admin/events/{id}/cancel")
    String cancel(
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            Actor staff,
            Model model,
            RedirectAttributes redirect) {
        EventSummary event = find(id);
        try {
            events.cancel(staff, id, reason);
        } catch (DomainException refused) {
            model.addAttribute("cancelError", refused.getMessage());
            model.addAttribute("reason", reason);
            return detail(id, model);
        }
        redirect.addFlashAttribute(
                "flash", "Cancelled “" + event.title() + "”; the host and the guests see the reason.");
        return "redirect:/admin/events/" + id;
    }

    private EventSummary find(String id) {
        return events.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
