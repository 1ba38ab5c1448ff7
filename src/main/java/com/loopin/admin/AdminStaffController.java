package com.loopin.admin;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.staff.StaffSecondFactor;
import org.springframework.stereotype.Controller;
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
    private final StaffSecondFactor secondFactor;

    AdminStaffController(StaffAccounts staff, StaffSecondFactor secondFactor) {
        this.staff = staff;
        this.secondFactor = secondFactor;
    }

    /** A lost phone: the member sets a second factor up again at their next sign-in. */
    @PostMapping("/admin/staff/{id}/two-factor/reset")
    String resetSecondFactor(@PathVariable long id, Actor superuser, RedirectAttributes redirect) {
        var member = staff.find(id).orElse(null);
        if (member == null) {
            redirect.addFlashAttribute("flashError", "No such staff account.");
            return "redirect:/admin/staff";
        }
        secondFactor.reset(superuser, member);
        redirect.addFlashAttribute("flash", "Second factor reset for " + member.username() + ".");
        return "redirect:/admin/staff";
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        model.addAttribute("staff", staff.all());
        return "admin/staff";
    }

    @PostMapping("/admin/staff")
    String create(
            @RequestParam String username,
            @RequestParam String password,
            @RequestParam(defaultValue = "STAFF") StaffRole role,
            Actor superuser,
            RedirectAttributes redirect) {
        try {
            var created = staff.create(superuser, username, password, role);
            redirect.addFlashAttribute("flash", "Created " + created.username() + ".");
        } catch (ChangeRefusedException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/active")
    String setActive(
            @PathVariable long id, @RequestParam boolean active, Actor superuser, RedirectAttributes redirect) {
        var target = staff.find(id);
        if (target.isEmpty()) {
            redirect.addFlashAttribute("flashError", "No such staff account.");
            return "redirect:/admin/staff";
        }
        if (target.get().username().equalsIgnoreCase(superuser.name())) {
            redirect.addFlashAttribute("flashError", "You cannot deactivate your own account.");
            return "redirect:/admin/staff";
        }
        var changed = staff.setActive(superuser, id, active);
        redirect.addFlashAttribute("flash", (active ? "Activated " : "Deactivated ") + changed.username() + ".");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/password")
    String resetPassword(
            @PathVariable long id, @RequestParam String password, Actor superuser, RedirectAttributes redirect) {
        try {
            var changed = staff.resetPassword(superuser, id, password);
            redirect.addFlashAttribute("flash", "New password set for " + changed.username() + ".");
        } catch (ChangeRefusedException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/staff";
    }
}
