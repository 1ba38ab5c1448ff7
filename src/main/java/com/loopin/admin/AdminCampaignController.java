package com.loopin.admin;

import com.loopin.interests.EventInterests;
import com.loopin.notifications.Campaigns;
import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaigns: staff write a message, narrow its audience by interest and city, see how many people it reaches and how
 * it reads, then confirm; the campaign is audited and sent once.
 */
@Controller
class AdminCampaignController {

    private final Campaigns campaigns;
    private final EventInterests interests;

    AdminCampaignController(Campaigns campaigns, EventInterests interests) {
        this.campaigns = campaigns;
        this.interests = interests;
    }

    @GetMapping("/admin/campaigns")
    String list(Model model) {
        model.addAttribute("campaigns", campaigns.latest());
        model.addAttribute("interests", interests.names());
        model.addAttribute("cap", campaigns.cap());
        return "admin/campaigns";
    }

    @PostMapping("/admin/campaigns/preview")
    String preview(
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam(required = false) Long interest,
            @RequestParam(required = false) String city,
            Model model) {
        Campaigns.Draft draft = draft(title, body, interest, city);
        model.addAttribute("draft", draft);
        try {
            int audience = campaigns.audience(draft);
            model.addAttribute("audience", audience);
            model.addAttribute("overCap", audience > campaigns.cap());
            model.addAttribute("requestKey", UUID.randomUUID().toString());
            model.addAttribute(
                    "interestName", interest == null ? null : interests.names().get(interest));
            return "admin/campaign-confirm";
        } catch (ChangeRefusedException e) {
            model.addAttribute("error", e.getMessage());
            return list(model);
        }
    }

    @PostMapping("/admin/campaigns")
    String send(
            @RequestParam String title,
            @RequestParam String body,
            @RequestParam(required = false) Long interest,
            @RequestParam(required = false) String city,
            @RequestParam String requestKey,
            Actor staff,
            RedirectAttributes redirect) {
        Campaigns.Draft draft = draft(title, body, interest, city);
        try {
            campaigns.send(staff, draft, requestKey);
            redirect.addFlashAttribute("flash", "Sending “" + draft.title() + "” (" + draft.narrowedTo() + ").");
        } catch (ChangeRefusedException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/admin/campaigns";
    }

    private static Campaigns.Draft draft(String title, String body, Long interest, String city) {
        String where = city == null || city.isBlank() ? null : city.strip();
        return new Campaigns.Draft(title.strip(), body.strip(), interest, where);
    }
}
