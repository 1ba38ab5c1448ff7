package com.loopin.notifications;

import com.loopin.shared.BusinessTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development push inbox: what the log provider "pushed", as a page beside {@code /dev/sms} and as JSON. Both
 * are 404 when pushes go to FCM.
 */
@Controller
@Tag(name = "Development")
class DevPushController {

    private final DevPushInbox inbox;
    private final BusinessTime time;

    DevPushController(DevPushInbox inbox, BusinessTime time) {
        this.inbox = inbox;
        this.time = time;
    }

    record Push(
            String id,
            String kind,
            String platform,
            String tokenEnd,
            String title,
            String body,
            String deepLink,
            OffsetDateTime sentAt) {}

    @Operation(
            operationId = "listDevPushes",
            summary = "Development only: the last 200 pushes the log provider sent, newest first",
            description = "404 unless pushes go to the log (PUSH_PROVIDER log, or auto without FCM credentials). "
                    + "`token_end` is the device token's last 6 characters, to tell one's own phone.")
    @GetMapping(path = "/api/dev/push", produces = "application/json")
    @ResponseBody
    List<Push> pushes() {
        return sent().stream()
                .map(push -> new Push(
                        push.id(),
                        push.kind(),
                        push.platform(),
                        push.token(),
                        push.title(),
                        push.body(),
                        push.deepLink(),
                        time.display(push.sentAt())))
                .toList();
    }

    @GetMapping("/dev/push")
    String page(Model model) {
        model.addAttribute("pushes", sent());
        model.addAttribute("time", time);
        return "dev/push";
    }

    private List<DevPushInbox.Sent> sent() {
        if (!inbox.isEnabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return inbox.pushes();
    }
}
