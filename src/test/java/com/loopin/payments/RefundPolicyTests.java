package com.loopin.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefundPolicyTests {

    final RefundPolicy policy = new RefundPolicy(Duration.ofHours(48));
    final Instant start = Instant.parse("2026-12-20T14:00:00Z");

    @Test
    void theHostsDoingGivesBackEverythingLeftFeeIncluded() {
        assertThat(policy.byHost(order(0))).isEqualTo(2 * 52_950);
        assertThat(policy.byHost(order(50_000))).isEqualTo(2 * 52_950 - 50_000);
    }

    @Test
    void aGuestCancellingEarlyGetsTheSeatPriceAndTheFeeIsKept() {
        assertThat(policy.byGuest(order(0), start, start.minus(Duration.ofHours(49))))
                .isEqualTo(2 * 50_000);
    }

    @Test
    void aGuestCancellingWithinTheCutoffGetsNothing() {
        assertThat(policy.byGuest(order(0), start, start.minus(Duration.ofHours(48))))
                .isZero();
        assertThat(policy.byGuest(order(0), start, start.minus(Duration.ofHours(2))))
                .isZero();
    }

    private static PaymentOrder order(long refunded) {
        return new PaymentOrder(
                "po_1",
                "rq_1",
                "ev_1",
                1,
                2,
                2,
                50_000,
                2_500,
                450,
                2 * 52_950,
                "INR",
                "razorpay",
                "order_1",
                PaymentOrder.Status.PAID,
                "pay_1",
                Instant.EPOCH,
                "acc_1",
                Instant.EPOCH,
                Instant.EPOCH,
                refunded,
                null,
                Instant.EPOCH);
    }
}
