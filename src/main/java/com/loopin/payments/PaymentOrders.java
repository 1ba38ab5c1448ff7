package com.loopin.payments;

import com.loopin.database.PublicIds;
import com.loopin.events.EventChanged;
import com.loopin.events.EventFacts;
import com.loopin.events.EventPricing;
import com.loopin.events.EventSeats;
import com.loopin.events.EventView.Checkout;
import com.loopin.events.EventView.Price;
import com.loopin.events.PaidEvents;
import com.loopin.going.PaymentCheckout;
import com.loopin.going.RequestChanged;
import com.loopin.going.RequestStatus;
import com.loopin.going.Requests;
import com.loopin.shared.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders follow requests. A request that starts awaiting payment gets its order in the same transaction (pending);
 * the gateway's order is made after the commit ({@link #checkoutFor}); a request that ends before paying voids it;
 * one that ends after paying is refunded by the {@link RefundPolicy}.
 */
@Service
class PaymentOrders implements PaymentCheckout, PaidEvents {

    static final String CURRENCY = "INR";

    private final OrderRepository orders;
    private final Refunds refunds;
    private final RefundPolicy policy;
    private final PaymentGateway gateway;
    private final EventPricing pricing;
    private final EventSeats events;
    private final Requests requests;
    private final PayoutAccounts payouts;
    private final java.time.Duration payoutHold;
    private final BusinessTime time;
    private final Clock clock;

    PaymentOrders(
            OrderRepository orders,
            Refunds refunds,
            PaymentProperties properties,
            PaymentGateway gateway,
            EventPricing pricing,
            EventSeats events,
            Requests requests,
            PayoutAccounts payouts,
            BusinessTime time,
            Clock clock) {
        this.orders = orders;
        this.refunds = refunds;
        this.policy = new RefundPolicy(properties.guestRefundCutoff());
        this.gateway = gateway;
        this.pricing = pricing;
        this.events = events;
        this.requests = requests;
        this.payouts = payouts;
        this.payoutHold = properties.hostPayoutHold();
        this.time = time;
        this.clock = clock;
    }

    @Override
    public boolean available() {
        return gateway.configured();
    }

    @Override
    public boolean payoutReady(long hostId) {
        return payouts.activeLinkedAccount(hostId).isPresent();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestChanged.AwaitingPayment due) {
        Price price = pricing.perSeat(due.seatPaise());
        orders.insert(new PaymentOrder(
                "po_" + PublicIds.random(17),
                due.requestId(),
                due.eventId(),
                due.guestId(),
                due.hostId(),
                due.seats(),
                price.seatPaise(),
                price.feePaise(),
                price.feeGstPaise(),
                price.totalPaise() * due.seats(),
                CURRENCY,
                gateway.name(),
                null,
                PaymentOrder.Status.PENDING,
                null,
                due.holdExpiresAt(),
                payouts.activeLinkedAccount(due.hostId()).orElse(null),
                due.eventEndsAt().plus(payoutHold),
                null,
                0,
                null,
                clock.instant()));
    }

    /** At asking: when the gateway cannot make the order, the seats are let go at once and the guest may ask again. */
    @Override
    public Checkout checkoutFor(String requestId) {
        PaymentOrder order = orders.ofRequest(requestId).orElseThrow(PaymentRefusedException::notFound);
        try {
            return checkout(order).orElseThrow(PaymentRefusedException::notFound);
        } catch (GatewayUnavailableException | PaymentRefusedException e) {
            requests.endHold(requestId);
            throw e;
        }
    }

    /**
     * The checkout of an order awaiting payment, its gateway order made now if it was not yet (no transaction open);
     * empty once it no longer awaits payment.
     */
    Optional<Checkout> checkout(PaymentOrder order) {
        if (!order.unpaid() || !order.holdExpiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        String gatewayOrderId = order.gatewayOrderId();
        if (gatewayOrderId == null) {
            var created = gateway.createOrder(
                    order.amountPaise(),
                    order.currency(),
                    order.id(),
                    Map.of("order_id", order.id(), "request_id", order.requestId(), "event_id", order.eventId()),
                    hostsShare(order));
            gatewayOrderId = created.id();
            if (!orders.created(order.id(), gatewayOrderId, clock.instant())) {
                // another caller stored its order first (that one is the order), or the hold ended meanwhile
                gatewayOrderId = orders.find(order.id())
                        .map(PaymentOrder::gatewayOrderId)
                        .orElse(null);
                if (gatewayOrderId == null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Checkout(
                gatewayOrderId,
                order.amountPaise(),
                order.currency(),
                gateway.keyId(),
                time.display(order.holdExpiresAt())));
    }

    /**
     * The host's share, to their linked account, held until the event is over and the payout hold has passed: as
     * the order was written (the host's account read in the request's transaction).
     */
    private static PaymentGateway.Transfer hostsShare(PaymentOrder order) {
        if (order.transferAccount() == null) {
            throw new PaymentRefusedException(
                    com.loopin.shared.ErrorCode.PAID_EVENTS_UNAVAILABLE,
                    "The host cannot be paid right now, so this event cannot take payments.");
        }
        return new PaymentGateway.Transfer(
                order.transferAccount(), order.seats() * order.seatPaise(), order.transferHoldUntil());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestChanged.HoldEnded ended) {
        orders.voidUnpaid(ended.requestId(), clock.instant());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestChanged.Cancelled cancelled) {
        ended(cancelled.requestId(), false);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestChanged.Decided decided) {
        if (decided.to() == RequestStatus.REMOVED) {
            ended(decided.requestId(), true);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(RequestChanged.Ended ended) {
        ended(ended.requestId(), ended.byHost());
    }

    /** The host (or staff) cancelled the event: everyone still going gets all they paid back. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(EventChanged.Cancelled cancelled) {
        Instant now = clock.instant();
        orders.voidUnpaidOfEvent(cancelled.eventId(), now);
        for (PaymentOrder order : orders.paidAndGoing(cancelled.eventId())) {
            orders.ended(order.id(), RefundPolicy.EVENT_CANCELLED, now);
            refunds.decide(order, order.paymentId(), policy.byHost(order), RefundPolicy.EVENT_CANCELLED, null, null);
        }
    }

    private void ended(String requestId, boolean byHost) {
        Instant now = clock.instant();
        Optional<PaymentOrder> found = orders.ofRequest(requestId);
        if (found.isEmpty()) {
            return;
        }
        PaymentOrder order = found.get();
        if (order.unpaid()) {
            orders.voidUnpaid(requestId, now);
            return;
        }
        if (order.status() != PaymentOrder.Status.PAID || order.endedReason() != null) {
            return;
        }
        String reason = byHost ? RefundPolicy.REMOVED_BY_HOST : RefundPolicy.GUEST_CANCELLED;
        orders.ended(order.id(), reason, now);
        long amount = byHost
                ? policy.byHost(order)
                : events.find(order.eventId())
                        .map(EventFacts::startsAt)
                        .map(startsAt -> policy.byGuest(order, startsAt, now))
                        .orElse(0L);
        refunds.decide(order, order.paymentId(), amount, reason, null, null);
    }
}
