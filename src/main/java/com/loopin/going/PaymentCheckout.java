package com.loopin.going;

import com.loopin.events.EventView.Checkout;

/**
 * The gateway's order for a request awaiting payment, implemented by the payments module. Called outside any
 * transaction: it may ask the gateway.
 */
public interface PaymentCheckout {

    /**
     * The order for the request, made at the gateway now if it was not yet.
     *
     * @throws com.loopin.shared.DomainException 503 when the gateway cannot make it; the request's hold is then let
     *     go, so nothing stays taken for a payment that cannot happen
     */
    Checkout checkoutFor(String requestId);
}
