package com.loopin.admin;

import com.loopin.interests.EventInterests;
import com.loopin.shared.Actor;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserFilter;
import com.loopin.users.UserNotFoundException;
import com.loopin.users.UserSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Profiles: list with filters, and an edit form held to the same rules as the app. */
@Controller
class AdminProfileController {

    private final UserDirectory directory;
    private final EventInterests interests;

    AdminProfileController(UserDirectory directory, EventInterests interests) {
        this.directory = directory;
        this.interests = interests;
    }

    @GetMapping("/admin/profiles")
    String list(UserListFilter form, ListPosition position, HttpServletRequest request, Model model) {
        UserFilter filter = form.profiles();
        model.addAttribute(
                "profiles", directory.search(filter, position.pageRequest(AdminUserController.COLUMNS, "created")));
        model.addAttribute("filter", filter);
        model.addAttribute("active", form.active());
        model.addAttribute("profile", form.profileShown());
        model.addAttribute("links", position.links(request, "created"));
        return "admin/profiles";
    }

    @GetMapping("/admin/profiles/{userId}/edit")
    String edit(@PathVariable long userId, Model model) {
        UserSummary user = directory.find(userId).orElseThrow(UserNotFoundException::new);
        model.addAttribute("form", ProfileEditForm.of(user));
        return editPage(user, model);
    }

    @PostMapping("/admin/profiles/{userId}/edit")
    String save(
            @PathVariable long userId,
            @ModelAttribute("form") ProfileEditForm form,
            BindingResult result,
            Actor staff,
            Model model,
            RedirectAttributes redirect) {
        UserSummary user = directory.find(userId).orElseThrow(UserNotFoundException::new);
        try {
            directory.updateProfile(staff, userId, form.change());
        } catch (ValidationFailedException e) {
            for (FieldError error : e.errors()) {
                result.rejectValue(ProfileEditForm.fieldOf(error.field()), "invalid", consoleMessage(error));
            }
            return editPage(user, model);
        }
        redirect.addFlashAttribute("flash", "Saved the profile of " + user.phoneNumber() + ".");
        return "redirect:/admin/users/" + userId;
    }

    private String editPage(UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("interests", interests.all());
        return "admin/profile-edit";
    }

    /** The pictures are one per line in the console: an error about the i-th says which line. */
    private static String consoleMessage(FieldError error) {
        var line = Pattern.compile("profile_pictures\\[(\\d+)]").matcher(error.field());
        return line.matches()
                ? "Line " + (Integer.parseInt(line.group(1)) + 1) + ": " + error.message()
                : error.message();
    }
}
