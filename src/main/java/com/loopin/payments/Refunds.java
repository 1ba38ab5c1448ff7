package com.loopin.payments;

import com.loopin.database.PublicIds;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds: decided in the transaction of what caused them (a row, the amount reserved on the order), asked of the
 * gateway afterwards by {@link #askGateway} on any instance, with the refund's id as the gateway's idempotency key,
 * so a retry after a crash or a timeout never refunds twice. The gateway's report settles them ({@link #reported}).
 */
@Service
class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);
    private static final int BATCH = 20;
    private static final int MAX_ATTEMPTS = 10;
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);

    private final RefundRepository refunds;
    private final OrderRepository orders;
    private final LedgerRepository ledger;
    private final PaymentGateway gateway;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Refunds(
            RefundRepository refunds,
            OrderRepository orders,
            LedgerRepository ledger,
            PaymentGateway gateway,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.refunds = refunds;
        this.orders = orders;
        this.ledger = ledger;
        this.gateway = gateway;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Decides a refund of a payment, in the caller's transaction. The same payment refunded twice for one reason is
     * refunded once. A refund of the order's own payment is reserved on the order, so the order never gives back more
     * than it took.
     *
     * @return whether a refund was decided
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decide(
            PaymentOrder order, String paymentId, long amountPaise, String reason, String by, String note) {
        return decide(order, paymentId, amountPaise, reason, reason, by, note);
    }

    /** @param onceKey the payment is refunded once for this key (a policy's reason, or a staff form's) */
    boolean decide(
            PaymentOrder order,
            String paymentId,
            long amountPaise,
            String reason,
            String onceKey,
            String by,
            String note) {
        if (amountPaise < 100 || paymentId == null) {
            return false; // the gateway refunds at least ₹1
        }
        Instant now = clock.instant();
        var refund = new RefundRepository.Refund(
                "rf_" + PublicIds.random(21), order.id(), paymentId, amountPaise, reason, by, note, 0);
        if (!refunds.request(refund, onceKey, now)) {
            return false;
        }
        if (!RefundPolicy.DUPLICATE_PAYMENT.equals(reason) && !orders.refunded(order.id(), amountPaise, now)) {
            throw new IllegalStateException("A refund of " + amountPaise + " paise would exceed order " + order.id());
        }
        return true;
    }

    @Scheduled(
            fixedDelayString = "${loopin.payments.work-interval:1s}",
            initialDelayString = "${loopin.payments.work-interval:1s}")
    void scheduled() {
        try {
            askGateway();
        } catch (RuntimeException e) {
            log.warn("Asking the gateway for refunds failed, trying again at the next run: {}", e.getMessage());
        }
    }

    /** Asks the gateway for the refunds decided and not yet taken; no transaction is open while it is asked. */
    void askGateway() {
        if (!gateway.configured()) {
            return;
        }
        Instant now = clock.instant();
        for (String id : refunds.due(now, BATCH)) {
            refunds.claim(id, now, now.plus(LEASE)).ifPresent(this::ask);
        }
    }

    private void ask(RefundRepository.Refund refund) {
        PaymentGateway.GatewayRefund taken;
        try {
            taken = gateway.refund(
                    refund.paymentId(),
                    refund.amountPaise(),
                    refund.id(),
                    reversesTransfer(refund),
                    Map.of("refund_id", refund.id(), "order_id", refund.orderId(), "reason", refund.reason()));
        } catch (GatewayUnavailableException e) {
            boolean giveUp = refund.attempts() >= MAX_ATTEMPTS;
            refunds.notTaken(refund.id(), "gateway unavailable", giveUp, clock.instant());
            if (giveUp) {
                log.error(
                        "Refund {} of order {} was refused {} times and is left for staff",
                        refund.id(),
                        refund.orderId(),
                        refund.attempts());
            }
            return;
        }
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            refunds.accepted(refund.id(), taken.id(), taken.status(), now);
            orders.find(refund.orderId()).ifPresent(order -> {
                ledger.record(order, "refund", -refund.amountPaise(), refund.id(), now);
                if (reversesTransfer(refund)) {
                    long reversed = Math.min(refund.amountPaise(), ledger.hostShareLeft(order.id()));
                    if (reversed > 0) {
                        ledger.record(order, "reversal", -reversed, refund.id(), now);
                    }
                }
            });
        });
        log.info(
                "Refund {} of {} paise for order {} taken by the gateway",
                refund.id(),
                refund.amountPaise(),
                refund.orderId());
    }

    /** A refund of the order's own payment takes the host's transfer back first; a second payment had none. */
    private static boolean reversesTransfer(RefundRepository.Refund refund) {
        return !RefundPolicy.DUPLICATE_PAYMENT.equals(refund.reason());
    }

    /** The gateway's report on a refund it took: processed, or failed (the amount is no longer reserved). */
    @Transactional(propagation = Propagation.MANDATORY)
    void reported(String gatewayRefundId, boolean processed) {
        Instant now = clock.instant();
        refunds.reported(gatewayRefundId, processed ? "processed" : "failed", now)
                .ifPresent(refund -> {
                    if (!processed) {
                        log.error(
                                "The gateway failed refund {} of order {}: staff must follow it up",
                                refund.id(),
                                refund.orderId());
                        orders.find(refund.orderId()).ifPresent(order -> {
                            ledger.record(order, "refund_failed", refund.amountPaise(), refund.id(), now);
                            if (!RefundPolicy.DUPLICATE_PAYMENT.equals(refund.reason())) {
                                orders.refundFailed(order.id(), refund.amountPaise(), now);
                            }
                        });
                    }
                });
    }
}
