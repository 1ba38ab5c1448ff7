package com.loopin.admin;

import com.loopin.shared.ChangeRefusedException;
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

    AdminPasswordController(StaffAccounts staff) {
        this.staff = staff;
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
        } catch (ChangeRefusedException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(400);
            return "admin/password";
        }
        // this session carries on under the new password; every other one ends on its next click
        ConsoleSignIns.signIn(changed, false, request, response);
        redirect.addFlashAttribute("flash", "Your password is changed. Your other sessions are signed out.");
        return "redirect:/admin/";
    }
}
