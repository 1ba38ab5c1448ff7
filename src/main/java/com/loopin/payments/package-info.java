/**
 * Paying for events: the gateway's orders for requests awaiting payment, confirmation only from the gateway (the
 * app's signed callback checked and then asked of the gateway, or the gateway's signed webhook), refunds by the
 * written policy, and a ledger of every money movement. The gateway (Razorpay) is behind {@link
 * com.loopin.payments.PaymentGateway}; no pooled connection or transaction is open while it is asked.
 */
@ApplicationModule(
        displayName = "Payments",
        allowedDependencies = {"database", "events", "going", "shared"})
package com.loopin.payments;

import org.springframework.modulith.ApplicationModule;
