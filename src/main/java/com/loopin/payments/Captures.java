package com.loopin.payments;

import com.loopin.going.Requests;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A payment the gateway reports captured (its webhook, or its answer when the app confirms), recorded once whichever
 * comes first: the order's row is locked, so two reports of one payment are decided one after the other. The ticket
 * is issued only here. A payment for seats no longer held, or a second payment of a paid order, is refunded in full.
 */
@Service
class Captures {

    private static final Logger log = LoggerFactory.getLogger(Captures.class);

    private final OrderRepository orders;
    private final LedgerRepository ledger;
    private final Refunds refunds;
    private final Requests requests;
    private final Clock clock;

    Captures(OrderRepository orders, LedgerRepository ledger, Refunds refunds, Requests requests, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.refunds = refunds;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public void record(PaymentGateway.GatewayPayment payment) {
        apply(payment);
    }

    /**
     * As {@link #record}, for the app's confirmation, which answers the order: read once more in the same
     * transaction, as the capture left it (the webhooks' path does not read it).
     *
     * @return empty when the payment is not captured or not for one of our orders
     */
    @Transactional
    public Optional<PaymentOrder> recordAndRead(PaymentGateway.GatewayPayment payment) {
        return apply(payment).flatMap(order -> orders.find(order.id()));
    }

    /** @return the order the payment is for, as it was locked (before this capture changed it) */
    private Optional<PaymentOrder> apply(PaymentGateway.GatewayPayment payment) {
        if (!payment.captured()) {
            return Optional.empty(); // authorized, failed: nothing moves (a paid order never moves back)
        }
        PaymentOrder order = payment.orderId() == null
                ? null
                : orders.lockOfGatewayOrder(payment.orderId()).orElse(null);
        if (order == null) {
            log.warn("Payment {} was captured for order {}, which is not one of ours", payment.id(), payment.orderId());
            return Optional.empty();
        }
        Instant now = clock.instant();
        switch (order.status()) {
            case PAID -> {
                if (!payment.id().equals(order.paymentId())) {
                    log.warn("A second payment {} came for paid order {}: refunded", payment.id(), order.id());
                    ledger.record(order, "payment", payment.amountPaise(), payment.id(), now);
                    refunds.decide(
                            order, payment.id(), payment.amountPaise(), RefundPolicy.DUPLICATE_PAYMENT, null, null);
                }
            }
            case VOID -> refundLate(order, payment, now);
            case PENDING, CREATED -> {
                if (requests.paymentCaptured(order.requestId())) {
                    orders.paid(order.id(), payment.id(), now);
                    recordSplit(order, payment.id(), now);
                } else {
                    refundLate(order, payment, now);
                }
            }
        }
        return Optional.of(order);
    }

    /** The payment and its parts: the host's share (transferred, held), the platform's fee and its GST. */
    private void recordSplit(PaymentOrder order, String paymentId, Instant now) {
        ledger.record(order, "payment", order.amountPaise(), paymentId, now);
        ledger.record(order, "host_share", order.seats() * order.seatPaise(), paymentId, now);
        ledger.record(order, "fee", order.seats() * order.feePaise(), paymentId, now);
        ledger.record(order, "fee_gst", order.seats() * order.feeGstPaise(), paymentId, now);
    }

    /** The seats were let go (or the event cancelled, or started) before the payment came: all of it goes back. */
    private void refundLate(PaymentOrder order, PaymentGateway.GatewayPayment payment, Instant now) {
        orders.voidWithPayment(order.id(), payment.id(), now);
        if (payment.amountPaise() == order.amountPaise()) {
            recordSplit(order, payment.id(), now); // the order is paid at the gateway: its transfer happens too
        } else {
            ledger.record(order, "payment", payment.amountPaise(), payment.id(), now);
        }
        if (refunds.decide(
                order,
                payment.id(),
                Math.min(payment.amountPaise(), order.refundable()),
                RefundPolicy.LATE_PAYMENT,
                null,
                null)) {
            log.info("Payment {} for order {} came after its seats were let go: refunded", payment.id(), order.id());
        }
    }
}
