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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts, managed by superusers. */
@Controller
class AdminStaffController {

    private final StaffAccounts staff;
    private final com.loopin.staff.StaffSecondFactor secondFactor;
    private final AuditLog audit;

    AdminStaffController(StaffAccounts staff, com.loopin.staff.StaffSecondFactor secondFactor, AuditLog audit) {
        this.staff = staff;
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    /** A lost phone: the member sets a second factor up again at their next sign-in. */
    @PostMapping("/admin/staff/{id}/two-factor/reset")
    @Transactional
    String resetSecondFactor(@PathVariable long id, Authentication superuser, RedirectAttributes redirect) {
        var member = staff.find(id).orElse(null);
        if (member == null) {
            redirect.addFlashAttribute("flashError", "No such staff account.");
            return "redirect:/admin/staff";
        }
        secondFactor.reset(id);
        audit.record(new AuditRecord(
                superuser.getName(),
                "staff.reset_2fa",
                "staff",
                Long.toString(id),
                "Reset the second factor of " + member.username(),
                null,
                null));
        redirect.addFlashAttribute("flash", "Second factor reset for " + member.username() + ".");
        return "redirect:/admin/staff";
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

    @PostMapping("/admin/staff/{id}/active")
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    String setActive(
            @PathVariable long id,
            @RequestParam boolean active,
            Authentication superuser,
            RedirectAttributes redirect) {
        var target = staff.find(id);
        if (target.isEmpty()) {
            redirect.addFlashAttribute("flashError", "No such staff account.");
            return "redirect:/admin/staff";
        }
        if (target.get().username().equalsIgnoreCase(superuser.getName())) {
            redirect.addFlashAttribute("flashError", "You cannot deactivate your own account.");
            return "redirect:/admin/staff";
        }
        var changed = staff.setActive(id, active);
        audit.record(new AuditRecord(
                superuser.getName(),
                active ? "staff.activate" : "staff.deactivate",
                "staff",
                Long.toString(id),
                (active ? "Activated " : "Deactivated ") + changed.username(),
                active ? "inactive" : "active",
                active ? "active" : "inactive"));
        redirect.addFlashAttribute("flash", (active ? "Activated " : "Deactivated ") + changed.username() + ".");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/password")
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    String resetPassword(
            @PathVariable long id,
            @RequestParam String password,
            Authentication superuser,
            RedirectAttributes redirect) {
        try {
            var changed = staff.resetPassword(id, password);
            audit.record(new AuditRecord(
                    superuser.getName(),
                    "staff.reset_password",
                    "staff",
                    Long.toString(id),
                    "Set a new password for " + changed.username(),
                    null,
                    null));
            redirect.addFlashAttribute("flash", "New password set for " + changed.username() + ".");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/staff";
    }
}
