package com.loopin.payments;

import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlWhere;
import com.loopin.shared.Actor;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments as staff work with them in the console: find, read one, refund by hand (superusers), export the ledger. */
@Service
public class PaymentDirectory {

    /** The list's filter: {@code q} an order, gateway order, payment, request or event id. */
    public record Filter(String q, Long userId, String status) {}

    private final OrderRepository orders;
    private final Refunds refunds;
    private final RefundRepository refundRows;
    private final LedgerRepository ledger;
    private final WebhookRepository webhooks;
    private final DisputeRepository disputes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentDirectory(
            OrderRepository orders,
            Refunds refunds,
            RefundRepository refundRows,
            LedgerRepository ledger,
            WebhookRepository webhooks,
            DisputeRepository disputes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.refundRows = refundRows;
        this.ledger = ledger;
        this.webhooks = webhooks;
        this.disputes = disputes;
        this.events = events;
        this.clock = clock;
    }

    public Page<PaymentSummary> search(Filter filter, Pageable page) {
        var where = new SqlWhere();
        if (filter.q() != null && !filter.q().isBlank()) {
            String q = filter.q().strip();
            where.and(
                    "(id = ? or gateway_order_id = ? or payment_id = ? or request_id = ? or event_id = ?)",
                    q,
                    q,
                    q,
                    q,
                    q);
        }
        if (filter.userId() != null) {
            where.and("(user_id = ? or host_id = ?)", filter.userId(), filter.userId());
        }
        Instant now = clock.instant();
        if (filter.status() != null && !filter.status().isBlank()) {
            switch (filter.status()) {
                case "awaiting_payment" ->
                    where.and(
                            "status in ('pending', 'created') and hold_expires_at > ? and refunded_paise = 0",
                            utc(now));
                case "paid" -> where.and("status = 'paid' and refunded_paise = 0");
                case "refunded" -> where.and("refunded_paise > 0");
                case "disputed" -> where.and("id in (select order_id from payment_dispute)");
                case "expired" ->
                    where.and(
                            "(status = 'void' or hold_expires_at <= ?) and status <> 'paid' and refunded_paise = 0",
                            utc(now));
                default -> where.and("1 = 0");
            }
        }
        List<PaymentSummary> rows = orders.page(where, page.getPageSize(), page.getOffset()).stream()
                .map(order -> PaymentSummary.of(order, now))
                .toList();
        return new PageImpl<>(rows, page, orders.count(where));
    }

    public Optional<PaymentDetail> find(String orderId) {
        return orders.find(orderId)
                .map(order -> new PaymentDetail(
                        PaymentSummary.of(order, clock.instant()),
                        order.seatPaise(),
                        order.feePaise(),
                        order.feeGstPaise(),
                        order.paymentId() == null ? 0 : order.refundable(),
                        order.endedReason(),
                        orders.transferOf(order.id()),
                        refundRows.ofOrder(order.id()),
                        ledger.ofOrder(order.id()),
                        order.gatewayOrderId() == null
                                ? List.of()
                                : webhooks.about(order.gatewayOrderId(), order.paymentId()),
                        disputes.ofOrder(order.id())));
    }

    /**
     * A superuser refunds part or all of what is left of a payment, with a reason; audited. Each refund form carries
     * a key of its own, so a form sent twice (a double click, a reload) refunds once.
     *
     * @param formKey the refund form's key, made when the form was shown
     * @return false when this form's refund was asked for before (nothing more is done)
     */
    @Transactional
    public boolean refundByStaff(Actor actor, String orderId, long amountPaise, String reason, String formKey) {
        if (formKey == null || !formKey.matches("[A-Za-z0-9-]{16,40}")) {
            throw new ValidationFailedException(
                    List.of(new FieldError("key", "The form is out of date: open the payment again.")));
        }
        PaymentOrder order = orders.lock(orderId).orElseThrow(PaymentRefusedException::notFound);
        String onceKey = RefundPolicy.BY_STAFF + ":" + formKey;
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new ValidationFailedException(List.of(new FieldError("reason", "3 to 500 characters.")));
        }
        if (order.paymentId() == null) {
            throw new ValidationFailedException(List.of(new FieldError("amount", "Nothing was paid on this order.")));
        }
        if (refundRows.asked(order.paymentId(), onceKey)) {
            return false;
        }
        if (amountPaise < 100 || amountPaise > order.refundable()) {
            throw new ValidationFailedException(List.of(new FieldError(
                    "amount", "From ₹1.00 to " + Rupees.of(order.refundable()) + ", what is left of the payment.")));
        }
        if (!refunds.decide(order, order.paymentId(), amountPaise, RefundPolicy.BY_STAFF, onceKey, actor.name(), why)) {
            return false; // the same form, sent at the same moment by another request
        }
        events.publishEvent(new PaymentChanged.RefundedByStaff(actor, orderId, amountPaise, why));
        return true;
    }

    /** The ledger's rows of these days (the business zone's), oldest first, for accounting; the export is audited. */
    @Transactional
    public List<PaymentDetail.LedgerLine> exportLedger(Actor actor, LocalDate from, LocalDate to, ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<PaymentDetail.LedgerLine> lines = ledger.between(start, end);
        events.publishEvent(new PaymentChanged.LedgerExported(actor, from.toString(), to.toString(), lines.size()));
        return lines;
    }
}
