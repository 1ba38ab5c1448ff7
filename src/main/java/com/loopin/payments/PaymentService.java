package com.loopin.payments;

import com.loopin.events.EventView.Checkout;
import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What the guest's app does with payments: confirm one after the checkout, list theirs. */
@Service
class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    static final int MAX_LISTED = 100;

    private final OrderRepository orders;
    private final PaymentOrders checkouts;
    private final Captures captures;
    private final PaymentGateway gateway;
    private final PaymentViews views;

    PaymentService(
            OrderRepository orders,
            PaymentOrders checkouts,
            Captures captures,
            PaymentGateway gateway,
            PaymentViews views) {
        this.orders = orders;
        this.checkouts = checkouts;
        this.captures = captures;
        this.gateway = gateway;
        this.views = views;
    }

    /**
     * The app's word that it paid: checked against the order we stored (never the callback's), then asked of the
     * gateway; only a payment the gateway reports captured issues the ticket.
     */
    PaymentView confirm(Caller caller, String gatewayOrderId, PaymentView.Confirmation body) {
        long userId = caller.requireUser();
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.paymentId() == null || body.paymentId().isBlank()) {
            errors.add(new FieldError("payment_id", "The payment id the checkout returned is required."));
        }
        if (body == null || body.signature() == null || body.signature().isBlank()) {
            errors.add(new FieldError("signature", "The signature the checkout returned is required."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PaymentOrder order = orders.ofGatewayOrder(gatewayOrderId)
                .filter(found -> found.userId() == userId)
                .orElseThrow(PaymentRefusedException::notFound);
        String paymentId = body.paymentId().strip();
        if (!gateway.checkoutSignatureValid(order.gatewayOrderId(), paymentId, body.signature())) {
            log.warn("A payment confirmation for order {} had a signature that does not match", order.id());
            throw PaymentRefusedException.badSignature();
        }
        PaymentGateway.GatewayPayment payment = gateway.fetchPayment(paymentId);
        if (!order.gatewayOrderId().equals(payment.orderId())) {
            throw PaymentRefusedException.badSignature();
        }
        return views.of(captures.recordAndRead(payment).orElse(order), null);
    }

    /**
     * The caller's payments, latest first. An order awaiting payment carries its checkout, its gateway order made
     * now if the host's yes left it without one; when the gateway cannot make it, the checkout stays empty and the
     * app asks again.
     */
    List<PaymentView> mine(Caller caller) {
        long userId = caller.requireUser();
        return views.of(orders.ofUser(userId, MAX_LISTED).stream()
                .map(order -> {
                    Checkout checkout = checkoutOrNone(order);
                    boolean made = checkout != null && order.gatewayOrderId() == null;
                    return new PaymentViews.Shown(made ? orders.find(order.id()).orElse(order) : order, checkout);
                })
                .toList());
    }

    private Checkout checkoutOrNone(PaymentOrder order) {
        try {
            return checkouts.checkout(order).orElse(null);
        } catch (GatewayUnavailableException | PaymentRefusedException e) {
            return null;
        }
    }
}
