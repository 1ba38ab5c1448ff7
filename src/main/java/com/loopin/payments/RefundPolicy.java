package com.loopin.payments;

import java.time.Duration;
import java.time.Instant;

/**
 * What a guest gets back (contract, "Paying"): everything they paid, the fee included, when the host cancels the
 * event or removes them, or when their payment came after their seats were let go; the seat price, the fee kept, when
 * they cancel more than {@code GUEST_REFUND_CUTOFF_HOURS} before the start; nothing later.
 */
record RefundPolicy(Duration guestCutoff) {

    static final String EVENT_CANCELLED = "event_cancelled";
    static final String REMOVED_BY_HOST = "removed_by_host";
    static final String GUEST_CANCELLED = "guest_cancelled";
    static final String LATE_PAYMENT = "late_payment";
    static final String DUPLICATE_PAYMENT = "duplicate_payment";
    static final String BY_STAFF = "by_staff";

    /** The host's doing: all that is left of what the guest paid. */
    long byHost(PaymentOrder order) {
        return order.refundable();
    }

    /** The guest's doing: the seat price if early enough, else nothing. */
    long byGuest(PaymentOrder order, Instant startsAt, Instant now) {
        boolean early = now.isBefore(startsAt.minus(guestCutoff));
        return early ? Math.min(order.refundable(), order.seats() * order.seatPaise()) : 0;
    }
}
