package com.loopin.going;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Lets go of seats held for payments that did not come in time, on every instance: each request is expired by a
 * conditional update in a transaction of its own, so two instances never expire one twice and a payment captured at
 * the same moment either wins (the guest goes) or finds the request expired (the payment is refunded).
 */
@Component
class PaymentHolds {

    private static final Logger log = LoggerFactory.getLogger(PaymentHolds.class);
    private static final int BATCH = 100;

    private final Requests requests;

    PaymentHolds(Requests requests) {
        this.requests = requests;
    }

    @Scheduled(
            fixedDelayString = "${loopin.going.hold-check-interval:15s}",
            initialDelayString = "${loopin.going.hold-check-interval:15s}")
    void expire() {
        try {
            for (String id : requests.holdsEnded(BATCH)) {
                requests.endHold(id);
            }
        } catch (RuntimeException e) {
            log.warn("Expiring payment holds failed, trying again at the next run: {}", e.getMessage());
        }
    }
}
