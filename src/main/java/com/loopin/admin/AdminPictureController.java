package com.loopin.admin;

import com.loopin.pictures.Pictures;
import com.loopin.shared.Actor;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserNotFoundException;
import com.loopin.users.UserSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff remove a picture from a profile (an offensive one, say): audited, and an upload of ours is deleted at once. */
@Controller
class AdminPictureController {

    private final UserDirectory directory;
    private final Pictures pictures;

    AdminPictureController(UserDirectory directory, Pictures pictures) {
        this.directory = directory;
        this.pictures = pictures;
    }

    @PostMapping("/admin/users/{id}/pictures/remove/confirm")
    String confirm(@PathVariable long id, @RequestParam String url, Model model) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        model.addAttribute("user", user);
        model.addAttribute("url", url);
        return "admin/picture-confirm";
    }

    @PostMapping("/admin/users/{id}/pictures/remove")
    String remove(@PathVariable long id, @RequestParam String url, Actor staff, RedirectAttributes redirect) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        try {
            switch (directory.removePicture(staff, id, url)) {
                case REMOVED -> {
                    pictures.forget(id, url);
                    redirect.addFlashAttribute(
                            "flash", "Removed the picture from the profile of " + user.phoneNumber() + ".");
                }
                case NOT_IN_PROFILE ->
                    redirect.addFlashAttribute("flashError", "That picture is no longer in the profile.");
                case ONLY_PICTURE ->
                    redirect.addFlashAttribute(
                            "flashError",
                            "That is the profile's only picture, and a profile needs one: edit the profile to replace "
                                    + "it, or deactivate the account.");
            }
        } catch (ValidationFailedException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    "The profile cannot be saved as it is: "
                            + e.errors().getFirst().message());
        }
        return "redirect:/admin/users/" + id;
    }
}
