package com.loopin.admin;

import com.loopin.audit.AuditLog;
import com.loopin.audit.AuditRecord;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts, managed by superusers. */
@Controller
class AdminStaffController {

    private final StaffAccounts staff;
    private final AuditLog audit;

    AdminStaffController(StaffAccounts staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        model.addAttribute("staff", staff.all());
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    String create(
            @RequestParam String username,
            @RequestParam String password,
            @RequestParam(defaultValue = "STAFF") StaffRole role,
            Authentication superuser,
            RedirectAttributes redirect) {
        try {
            var created = staff.create(username, password, role);
            audit.record(new AuditRecord(
                    superuser.getName(),
                    "staff.create",
                    "staff",
                    created.id().toString(),
                    "Created " + role.name().toLowerCase(java.util.Locale.ROOT) + " " + created.username(),
                    null,
                    created.username()));
            redirect.addFlashAttribute("flash", "Created " + created.username() + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/staff";
    }
}
