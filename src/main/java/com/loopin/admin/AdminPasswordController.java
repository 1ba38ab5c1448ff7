package com.loopin.admin;

import com.loopin.audit.AuditLog;
import com.loopin.audit.AuditRecord;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member of staff changes their own password; their other sessions and staff tokens end. */
@Controller
class AdminPasswordController {

    private final StaffAccounts staff;
    private final AuditLog audit;

    AdminPasswordController(StaffAccounts staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    @GetMapping("/admin/password")
    String form() {
        return "admin/password";
    }

    @PostMapping("/admin/password")
    String change(
            @RequestParam(required = false) String current,
            @RequestParam(required = false) String password,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!(signedIn.getDetails() instanceof StaffView me)) {
            return "redirect:/admin/login";
        }
        StaffView changed;
        try {
            changed = staff.changeOwnPassword(me.id(), current, password);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(400);
            return "admin/password";
        }
        // this session carries on under the new password; every other one ends on its next click
        ConsoleSignIns.signIn(changed, false, request, response);
        audit.record(new AuditRecord(
                me.username(),
                "staff.change_password",
                "staff",
                me.id().toString(),
                "Changed their password",
                null,
                null));
        redirect.addFlashAttribute("flash", "Your password is changed. Your other sessions are signed out.");
        return "redirect:/admin/";
    }
}
