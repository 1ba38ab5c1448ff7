package com.loopin.sms.internal;

import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The development SMS inbox, for app developers working against a development server: the messages the console
 * provider "sent", as a page that refreshes itself and as JSON. Both are 404 unless codes go to the log.
 */
@Controller
@Tag(name = "Development")
class DevSmsController {

    private final DevSmsInbox inbox;
    private final PhoneNumbers phoneNumbers;
    private final BusinessTime time;

    DevSmsController(DevSmsInbox inbox, PhoneNumbers phoneNumbers, BusinessTime time) {
        this.inbox = inbox;
        this.phoneNumbers = phoneNumbers;
        this.time = time;
    }

    record InboxMessage(String to, String channel, String body, OffsetDateTime sentAt) {}

    @Operation(
            operationId = "listDevSms",
            summary = "Development only: the last 200 SMS the console provider wrote to the log, newest first",
            description = "404 unless SMS_PROVIDER is console (never in production). The easy way to read a code "
                    + "while developing an app against a development server.")
    @GetMapping(path = "/api/dev/sms", produces = "application/json")
    @ResponseBody
    List<InboxMessage> messages(
            @Parameter(description = "only messages to this number, in any format") @RequestParam(required = false)
                    String to) {
        return inbox(to).stream()
                .map(message -> new InboxMessage(
                        message.to(), message.channel(), message.body(), time.display(message.sentAt())))
                .toList();
    }

    @GetMapping("/dev/sms")
    String page(@RequestParam(required = false) String to, Model model) {
        model.addAttribute("messages", inbox(to));
        model.addAttribute("time", time);
        return "dev/sms";
    }

    private List<DevSmsInbox.Message> inbox(String to) {
        if (!inbox.isEnabled()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        PhoneNumber number = to == null || to.isBlank() ? null : phoneNumbers.parse(to);
        return inbox.messages(number);
    }
}
