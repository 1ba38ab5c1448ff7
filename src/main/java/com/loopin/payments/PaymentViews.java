package com.loopin.payments;

import com.loopin.events.EventView.Checkout;
import com.loopin.shared.BusinessTime;
import java.util.List;
import org.springframework.stereotype.Component;

/** Orders as their guests see them. */
@Component
class PaymentViews {

    private final RefundRepository refunds;
    private final BusinessTime time;
    private final java.time.Clock clock;

    PaymentViews(RefundRepository refunds, BusinessTime time, java.time.Clock clock) {
        this.refunds = refunds;
        this.time = time;
        this.clock = clock;
    }

    PaymentView of(PaymentOrder order, Checkout checkout) {
        return of(order, checkout, refunds.ofOrder(order.id()));
    }

    /** An order as its guest sees it, with its checkout while it awaits payment (else null). */
    record Shown(PaymentOrder order, Checkout checkout) {}

    /** Orders with their checkouts, their refunds read in one statement. */
    List<PaymentView> of(List<Shown> shown) {
        var refundsOf =
                refunds.ofOrders(shown.stream().map(one -> one.order().id()).toList());
        return shown.stream()
                .map(one -> of(
                        one.order(),
                        one.checkout(),
                        refundsOf.getOrDefault(one.order().id(), List.of())))
                .toList();
    }

    private PaymentView of(PaymentOrder order, Checkout checkout, List<PaymentDetail.Refund> orderRefunds) {
        List<PaymentView.RefundLine> lines = orderRefunds.stream()
                .map(refund -> new PaymentView.RefundLine(
                        refund.id(),
                        refund.amountPaise(),
                        refund.reason(),
                        refund.status(),
                        time.display(refund.createdAt())))
                .toList();
        return new PaymentView(
                order.id(),
                order.gatewayOrderId(),
                order.eventId(),
                order.requestId(),
                order.statusAt(clock.instant()),
                order.seats(),
                order.seatPaise(),
                order.feePaise(),
                order.feeGstPaise(),
                order.amountPaise(),
                order.refundedPaise(),
                order.currency(),
                checkout,
                lines,
                time.display(order.createdAt()),
                order.paidAt() == null ? null : time.display(order.paidAt()));
    }
}
