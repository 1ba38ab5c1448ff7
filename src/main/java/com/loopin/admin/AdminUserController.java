package com.loopin.admin;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.Actor;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserManagement;
import com.loopin.users.UserNotFoundException;
import com.loopin.users.UserSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** App users: who they are, whether their profile is complete, activation. */
@Controller
class AdminUserController {

    static final Map<String, String> COLUMNS =
            Map.of("created", "createdAt", "name", "name", "completed", "completedAt");

    private final UserDirectory directory;
    private final UserManagement users;
    private final EventInterests interests;
    private final com.loopin.events.EventDirectory events;
    private final com.loopin.going.Guests guests;
    private final com.loopin.notifications.PersonNotifications notifications;

    AdminUserController(
            UserDirectory directory,
            UserManagement users,
            EventInterests interests,
            com.loopin.events.EventDirectory events,
            com.loopin.going.Guests guests,
            com.loopin.notifications.PersonNotifications notifications) {
        this.directory = directory;
        this.users = users;
        this.interests = interests;
        this.events = events;
        this.guests = guests;
        this.notifications = notifications;
    }

    @GetMapping("/admin/users")
    String list(UserListFilter form, ListPosition position, HttpServletRequest request, Model model) {
        model.addAttribute("users", directory.search(form.accounts(), position.pageRequest(COLUMNS, "created")));
        model.addAttribute("q", form.q());
        model.addAttribute("active", form.active());
        model.addAttribute("profile", form.profile());
        model.addAttribute("links", position.links(request, "created"));
        return "admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String detail(@PathVariable long id, Model model) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        List<InterestView> chosen = interests.byIds(user.interestIds());
        model.addAttribute("user", user);
        model.addAttribute("interests", chosen);
        model.addAttribute("hosted", events.otherEventsOf(id, null, 20));
        model.addAttribute("attended", guests.ofPerson(id));
        model.addAttribute("notifications", notifications.latest(id));
        model.addAttribute("devices", notifications.devices(id));
        model.addAttribute("pushes", notifications.pushes(id));
        return "admin/user";
    }

    @GetMapping("/admin/users/{id}/deactivate")
    String confirmDeactivation(@PathVariable long id, Model model) {
        model.addAttribute("user", directory.find(id).orElseThrow(UserNotFoundException::new));
        return "admin/user-deactivate";
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@PathVariable long id, Actor staff, RedirectAttributes redirect) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        users.deactivate(staff, id);
        redirect.addFlashAttribute("flash", "Deactivated " + user.phoneNumber() + "; their sessions have ended.");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/activate")
    String activate(@PathVariable long id, Actor staff, RedirectAttributes redirect) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        users.activate(staff, id);
        redirect.addFlashAttribute("flash", "Activated " + user.phoneNumber() + ".");
        return "redirect:/admin/users/" + id;
    }
}
