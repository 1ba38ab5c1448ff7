package com.loopin.admin;

import com.loopin.audit.AuditLog;
import com.loopin.audit.AuditRecord;
import com.loopin.pictures.Pictures;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.ProfileChange;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserNotFoundException;
import com.loopin.users.UserSummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    AdminPictureController(
            UserDirectory directory, Pictures pictures, AuditLog audit, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.pictures = pictures;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @PostMapping("/admin/users/{id}/pictures/remove/confirm")
    String confirm(@PathVariable long id, @RequestParam String url, Model model) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        model.addAttribute("user", user);
        model.addAttribute("url", url);
        return "admin/picture-confirm";
    }

    @PostMapping("/admin/users/{id}/pictures/remove")
    String remove(@PathVariable long id, @RequestParam String url, Authentication staff, RedirectAttributes redirect) {
        UserSummary user = directory.find(id).orElseThrow(UserNotFoundException::new);
        List<String> remaining = new ArrayList<>(user.pictures());
        if (!remaining.remove(url)) {
            redirect.addFlashAttribute("flashError", "That picture is no longer in the profile.");
        } else if (remaining.isEmpty()) {
            redirect.addFlashAttribute(
                    "flashError",
                    "That is the profile's only picture, and a profile needs one: edit the profile to replace it, or "
                            + "deactivate the account.");
        } else {
            try {
                transaction.executeWithoutResult(status -> {
                    directory.updateProfile(id, withPictures(user, remaining));
                    audit.record(new AuditRecord(
                            staff.getName(),
                            "profile.remove_picture",
                            "user",
                            Long.toString(id),
                            "Removed a picture from the profile of " + user.phoneNumber(),
                            url,
                            null));
                });
                pictures.forget(url);
                redirect.addFlashAttribute(
                        "flash", "Removed the picture from the profile of " + user.phoneNumber() + ".");
            } catch (ValidationFailedException e) {
                redirect.addFlashAttribute(
                        "flashError",
                        "The profile cannot be saved as it is: "
                                + e.errors().getFirst().message());
            }
        }
        return "redirect:/admin/users/" + id;
    }

    private static ProfileChange withPictures(UserSummary user, List<String> pictures) {
        return new ProfileChange(
                user.name(),
                user.birthDate() == null ? null : user.birthDate().toString(),
                user.gender(),
                List.copyOf(user.interestIds()),
                pictures,
                user.bio(),
                user.location());
    }
}
