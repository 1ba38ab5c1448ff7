package com.loopin.admin;

import com.loopin.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AdminAuditController {

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("entries", audit.search(q, AdminRequests.page(page), AdminRequests.PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("links", new ListLinks(request, "created", "desc"));
        return "admin/audit";
    }
}
