package com.loopin.admin;

import com.loopin.auth.StaffCodeRequests;
import com.loopin.leads.LeadFilter;
import com.loopin.leads.LeadView;
import com.loopin.leads.Leads;
import com.loopin.shared.Actor;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.DomainException;
import com.loopin.shared.PhoneNumber;
import com.loopin.sms.CodeDeliveries;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leads: every number that asked for a code. Search, filter, convert by hand, send a new code, export. */
@Controller
class AdminLeadController {

    private static final int DELIVERIES_SHOWN = 20;

    static final Map<String, String> COLUMNS = Map.of(
            "number", "phoneNumber",
            "codes", "codesSent",
            "attempts", "failedAttempts",
            "first", "firstRequestedAt",
            "last", "lastRequestedAt",
            "verified", "verifiedAt");

    private final Leads leads;
    private final StaffCodeRequests codes;
    private final BusinessTime time;
    private final ClientAddress clientAddress;
    private final CodeDeliveries deliveries;

    AdminLeadController(
            Leads leads,
            StaffCodeRequests codes,
            BusinessTime time,
            ClientAddress clientAddress,
            CodeDeliveries deliveries) {
        this.deliveries = deliveries;
        this.leads = leads;
        this.codes = codes;
        this.time = time;
        this.clientAddress = clientAddress;
    }

    @GetMapping("/admin/leads")
    String list(LeadListFilter form, ListPosition position, HttpServletRequest request, Model model) {
        LeadFilter filter = form.filter();
        model.addAttribute("leads", leads.search(filter, position.pageRequest(COLUMNS, "last"), time.zone()));
        model.addAttribute("filter", filter);
        model.addAttribute("links", position.links(request, "last"));
        return "admin/leads";
    }

    /** One lead and the messages that carried its codes: channel, provider, what the provider reported. */
    @GetMapping("/admin/leads/{id}")
    String lead(@PathVariable long id, Model model) {
        LeadView lead = leads.byIds(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("There is no such lead."));
        model.addAttribute("lead", lead);
        model.addAttribute(
                "deliveries",
                lead.phoneNumber() == null
                        ? List.of()
                        : deliveries.of(new PhoneNumber(lead.phoneNumber()), DELIVERIES_SHOWN));
        model.addAttribute("shown", DELIVERIES_SHOWN);
        return "admin/lead";
    }

    @PostMapping("/admin/leads/confirm")
    String confirm(
            @RequestParam String action,
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) String returnTo,
            Model model,
            RedirectAttributes redirect) {
        String back = AdminRequests.returnTo(returnTo, "/admin/leads");
        if (ids == null
                || ids.isEmpty()
                || !List.of("mark-verified", "send-code").contains(action)) {
            redirect.addFlashAttribute("flashError", "Select at least one lead, then an action.");
            return "redirect:" + back;
        }
        model.addAttribute("action", action);
        model.addAttribute("actionLabel", action.equals("mark-verified") ? "Mark as verified" : "Send a new code");
        model.addAttribute("leads", leads.byIds(ids));
        model.addAttribute("returnTo", back);
        return "admin/lead-confirm";
    }

    @PostMapping("/admin/leads/mark-verified")
    String markVerified(
            @RequestParam List<Long> ids,
            @RequestParam(required = false) String returnTo,
            Actor staff,
            RedirectAttributes redirect) {
        List<LeadView> changed = leads.markVerifiedByStaff(staff, ids);
        redirect.addFlashAttribute(
                "flash",
                changed.size() + (changed.size() == 1 ? " lead" : " leads") + " marked verified"
                        + (changed.size() < ids.size() ? " (the others already were)." : "."));
        return "redirect:" + AdminRequests.returnTo(returnTo, "/admin/leads");
    }

    @PostMapping("/admin/leads/send-code")
    String sendCode(
            @RequestParam List<Long> ids,
            @RequestParam(required = false) String returnTo,
            Actor staff,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        int sent = 0;
        List<String> refused = new ArrayList<>();
        for (LeadView lead : leads.byIds(ids)) {
            if (lead.phoneNumber() == null) {
                continue;
            }
            try {
                codes.sendNewCode(staff, lead.id(), new PhoneNumber(lead.phoneNumber()), clientAddress.of(request));
                sent++;
            } catch (DomainException e) {
                refused.add(lead.phoneNumber() + ": " + e.getMessage());
            }
        }
        redirect.addFlashAttribute("flash", "Sent " + sent + (sent == 1 ? " code." : " codes."));
        if (!refused.isEmpty()) {
            redirect.addFlashAttribute("flashError", "Not sent: " + String.join("; ", refused));
        }
        return "redirect:" + AdminRequests.returnTo(returnTo, "/admin/leads");
    }

    /** A POST with the console's CSRF token: an export is audited, so following a link must not start one. */
    @PostMapping("/admin/leads/export")
    ResponseEntity<StreamingResponseBody> export(LeadListFilter form, Actor staff, RedirectAttributes redirect) {
        LeadFilter filter = form.filter();
        Leads.ExportPermit permit;
        try {
            permit = leads.startExport(staff);
        } catch (ChangeRefusedException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/admin/leads"))
                    .build();
        }
        StreamingResponseBody body = out -> {
            try (permit) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(CsvCells.row(
                        "number",
                        "status",
                        "codes_sent",
                        "failed_attempts",
                        "first_requested",
                        "last_requested",
                        "verified_at",
                        "verified_by",
                        "delivery_status"));
                leads.export(staff, filter, time.zone(), lead -> {
                    try {
                        writer.write(CsvCells.row(
                                lead.phoneNumber(),
                                status(lead),
                                lead.codesSent(),
                                lead.failedAttempts(),
                                iso(lead.firstRequestedAt()),
                                iso(lead.lastRequestedAt()),
                                iso(lead.verifiedAt()),
                                lead.verifiedBy(),
                                lead.deliveryStatus()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.flush();
            }
        };
        String name = "leads-" + DateTimeFormatter.BASIC_ISO_DATE.format(time.today()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    /** ISO 8601 with the business zone's offset and seconds, as spreadsheets and scripts read it. */
    private String iso(Instant instant) {
        return instant == null ? "" : time.display(instant).toString();
    }

    static String status(LeadView lead) {
        return lead.test() ? "test number" : lead.verified() ? "verified" : "unverified";
    }
}
