package com.loopin.admin;

import com.loopin.audit.AuditFilter;
import com.loopin.audit.AuditLog;
import com.loopin.shared.BusinessTime;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log: filtered by staff member, action, dates or one record's history; each entry links its record. */
@Controller
class AdminAuditController {

    private final AuditLog audit;
    private final BusinessTime time;

    AdminAuditController(AuditLog audit, BusinessTime time) {
        this.audit = audit;
        this.time = time;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(name = "target_type", required = false) String targetType,
            @RequestParam(name = "target_id", required = false) String targetId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        LocalDate fromDay = AdminRequests.date(from);
        LocalDate toDay = AdminRequests.date(to);
        var filter = new AuditFilter(
                q,
                actor,
                action,
                targetType,
                targetId,
                fromDay == null ? null : fromDay.atStartOfDay(time.zone()).toInstant(),
                toDay == null
                        ? null
                        : toDay.plusDays(1).atStartOfDay(time.zone()).toInstant());
        model.addAttribute("entries", audit.search(filter, AdminRequests.page(page), AdminRequests.PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("fromDay", fromDay);
        model.addAttribute("toDay", toDay);
        model.addAttribute("actors", audit.actors());
        model.addAttribute("actions", audit.actions());
        model.addAttribute("links", new ListLinks(request, "created", "desc"));
        return "admin/audit";
    }
}
