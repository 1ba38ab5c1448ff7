package com.loopin.admin;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.users.UserDirectory;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Event interests: the list users choose from. Deactivating one takes it out of the app at once. */
@Controller
class AdminInterestController {

    private final EventInterests interests;
    private final UserDirectory users;

    AdminInterestController(EventInterests interests, UserDirectory users) {
        this.interests = interests;
        this.users = users;
    }

    @GetMapping("/admin/interests")
    String list(Model model) {
        model.addAttribute("interests", interests.all());
        model.addAttribute("counts", users.usersPerInterest());
        return "admin/interests";
    }

    @GetMapping("/admin/interests/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        InterestView interest = find(id);
        return editPage(interest, interest.name(), interest.description(), null, model);
    }

    @PostMapping("/admin/interests")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) String description,
            Actor staff,
            Model model,
            RedirectAttributes redirect) {
        try {
            InterestView created = interests.create(staff, name, description);
            redirect.addFlashAttribute("flash", "Created " + created.name() + ".");
        } catch (ChangeRefusedException e) {
            model.addAttribute("newName", name);
            model.addAttribute("newDescription", description);
            model.addAttribute("newError", e.getMessage());
            return list(model);
        }
        return "redirect:/admin/interests";
    }

    @PostMapping("/admin/interests/{id}")
    String update(
            @PathVariable long id,
            @RequestParam String name,
            @RequestParam(required = false) String description,
            Actor staff,
            Model model,
            RedirectAttributes redirect) {
        try {
            InterestView changed = interests.update(staff, id, name, description);
            redirect.addFlashAttribute("flash", "Saved " + changed.name() + ".");
        } catch (ChangeRefusedException e) {
            return editPage(find(id), name, description, e.getMessage(), model);
        }
        return "redirect:/admin/interests";
    }

    /** The edit page, with what was typed and the reason it was refused, if it was. */
    private static String editPage(InterestView interest, String name, String description, String error, Model model) {
        model.addAttribute("interest", interest);
        model.addAttribute("name", name);
        model.addAttribute("description", description);
        model.addAttribute("error", error);
        return "admin/interest-edit";
    }

    private InterestView find(long id) {
        return interests.byIds(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/admin/interests/bulk")
    String bulk(
            @RequestParam String action,
            @RequestParam(required = false) List<Long> ids,
            Actor staff,
            RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Select at least one interest.");
            return "redirect:/admin/interests";
        }
        boolean activate = "activate".equals(action);
        List<InterestView> changed = interests.setActive(staff, ids, activate);
        redirect.addFlashAttribute(
                "flash",
                (activate ? "Activated " : "Deactivated ")
                        + changed.size()
                        + (changed.size() == 1 ? " interest." : " interests."));
        return "redirect:/admin/interests";
    }
}
