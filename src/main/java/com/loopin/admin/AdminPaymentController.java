package com.loopin.admin;

import com.loopin.payments.PaymentDetail;
import com.loopin.payments.PaymentDirectory;
import com.loopin.shared.Actor;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.DomainException;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Payments: find them, read one with its refunds, ledger and gateway events, refund by hand, export the ledger. */
@Controller
class AdminPaymentController {

    private static final int MAX_EXPORT_DAYS = 92;
    private static final String[] STATUSES = {"awaiting_payment", "paid", "refunded", "expired", "disputed"};

    private final PaymentDirectory payments;
    private final com.loopin.payments.Reconciliation reconciliation;
    private final BusinessTime time;

    AdminPaymentController(
            PaymentDirectory payments, com.loopin.payments.Reconciliation reconciliation, BusinessTime time) {
        this.payments = payments;
        this.reconciliation = reconciliation;
        this.time = time;
    }

    /** A day's settlements at the gateway against our ledger (yesterday unless a day is chosen). */
    @GetMapping("/admin/payments/reconciliation")
    String reconciliation(@RequestParam(required = false) String day, Model model) {
        LocalDate chosen = day == null || day.isBlank() ? time.today().minusDays(1) : AdminRequests.date(day);
        if (chosen == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("day", chosen);
        try {
            model.addAttribute("report", reconciliation.of(chosen));
        } catch (DomainException unavailable) {
            model.addAttribute("unavailable", unavailable.getMessage());
        }
        return "admin/reconciliation";
    }

    @GetMapping("/admin/payments")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long user,
            @RequestParam(required = false) String status,
            ListPosition position,
            HttpServletRequest request,
            Model model) {
        model.addAttribute(
                "payments",
                payments.search(
                        new PaymentDirectory.Filter(q, user, status),
                        position.pageRequest(Map.of("created", "createdAt"), "created")));
        model.addAttribute("q", q);
        model.addAttribute("user", user);
        model.addAttribute("status", status);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("today", time.today());
        model.addAttribute("monthAgo", time.today().minusDays(30));
        return "admin/payments";
    }

    @GetMapping("/admin/payments/{id}")
    String detail(@PathVariable String id, Authentication staff, Model model) {
        PaymentDetail payment = payments.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("payment", payment);
        model.addAttribute(
                "canRefund",
                payment.refundablePaise() >= 100
                        && staff.getAuthorities().stream()
                                .anyMatch(role -> "ROLE_SUPERUSER".equals(role.getAuthority())));
        // each form shown refunds at most once, however often it is sent
        model.addAttribute("refundKey", java.util.UUID.randomUUID().toString());
        return "admin/payment";
    }

    @PostMapping("/admin/payments/{id}/refund")
    String refund(
            @PathVariable String id,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String key,
            Actor superuser,
            Authentication staff,
            Model model,
            RedirectAttributes redirect) {
        try {
            long paise = paise(amount);
            redirect.addFlashAttribute(
                    "flash",
                    payments.refundByStaff(superuser, id, paise, reason, key)
                            ? "Refund of " + com.loopin.payments.Rupees.of(paise) + " asked of the gateway."
                            : "This refund was asked of the gateway before: it is not asked again.");
            return "redirect:/admin/payments/" + id;
        } catch (ValidationFailedException invalid) {
            model.addAttribute(
                    "refundError",
                    invalid.errors().stream()
                            .map(FieldError::message)
                            .reduce((a, b) -> a + " " + b)
                            .orElse(""));
        } catch (DomainException refused) {
            model.addAttribute("refundError", refused.getMessage());
        }
        model.addAttribute("amount", amount);
        model.addAttribute("reason", reason);
        return detail(id, staff, model);
    }

    /** The ledger of these days as CSV for accounting; audited. */
    @GetMapping("/admin/payments/ledger.csv")
    ResponseEntity<StreamingResponseBody> ledger(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Actor staff) {
        LocalDate first = from == null || from.isBlank() ? time.today().minusDays(30) : AdminRequests.date(from);
        LocalDate last = to == null || to.isBlank() ? time.today() : AdminRequests.date(to);
        if (first == null || last == null || last.isBefore(first)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (first.plusDays(MAX_EXPORT_DAYS).isBefore(last)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "At most " + MAX_EXPORT_DAYS + " days at once");
        }
        // read (and audited) first, in one short transaction; written to the browser after it
        var lines = payments.exportLedger(staff, first, last, time.zone());
        StreamingResponseBody body = out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write(
                        CsvCells.row("at", "order_id", "event_id", "kind", "amount_paise", "amount_inr", "reference"));
                for (var line : lines) {
                    writer.write(CsvCells.row(
                            time.display(line.at()).toString(),
                            line.orderId(),
                            line.eventId(),
                            line.kind(),
                            line.amountPaise(),
                            BigDecimal.valueOf(line.amountPaise(), 2),
                            line.reference()));
                }
                writer.flush();
            }
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ledger-" + first + "-" + last + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    /** Rupees as staff type them (1059, 1,059.50) into paise; not a number: a validation error. */
    static long paise(String amount) {
        try {
            return new BigDecimal(
                            amount == null
                                    ? ""
                                    : amount.replace(",", "").replace("₹", "").strip())
                    .movePointRight(2)
                    .longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ValidationFailedException(
                    java.util.List.of(new FieldError("amount", "An amount in rupees, such as 1059.50.")));
        }
    }
}
