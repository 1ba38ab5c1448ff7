package com.loopin.payments;

import com.loopin.payments.PaymentGateway.Notice;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The host's share as the gateway moved it. The share is recorded in the ledger when the payment is captured (the
 * gateway transfers it from the order by itself); when the gateway reports that transfer failed, the ledger takes
 * the share back ({@code transfer_failed}) and staff are told, and a transfer that goes through afterwards (staff
 * retried it on the gateway's dashboard) puts it back. Money moved wins: a failure never overwrites a transfer
 * that went through.
 */
@Service
class HostTransfers {

    private static final Logger log = LoggerFactory.getLogger(HostTransfers.class);
    static final String PROCESSED = "processed";
    static final String FAILED = "failed";

    private final OrderRepository orders;
    private final LedgerRepository ledger;
    private final Clock clock;

    HostTransfers(OrderRepository orders, LedgerRepository ledger, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.clock = clock;
    }

    void reported(Notice.TransferReported transfer) {
        PaymentOrder order = orders.lockOfTransferSource(transfer.paymentId(), transfer.gatewayOrderId())
                .orElse(null);
        if (order == null) {
            log.warn("The gateway reports transfer {} of a payment that is not ours", transfer.transferId());
            return;
        }
        Instant now = clock.instant();
        PaymentDetail.HostTransfer reported = orders.transferOf(order.id());
        String before = reported == null ? null : reported.status();
        if (PROCESSED.equals(before)) {
            return;
        }
        if (transfer.processed()) {
            orders.transferReported(order.id(), transfer.transferId(), PROCESSED, null, now);
            if (FAILED.equals(before)) {
                ledger.record(order, "host_share", transfer.amountPaise(), transfer.transferId(), now);
                log.info("The host's share of order {} was transferred after all", order.id());
            }
            return;
        }
        String reason = transfer.reason() == null ? "no reason given" : abbreviate(transfer.reason());
        orders.transferReported(order.id(), transfer.transferId(), FAILED, reason, now);
        if (before == null) {
            ledger.record(order, "transfer_failed", -ledger.hostShareLeft(order.id()), transfer.transferId(), now);
        }
        log.error(
                "The host's share of order {} (event {}) could not be transferred ({}): the platform holds it until"
                        + " staff transfer it on the gateway's dashboard",
                order.id(),
                order.eventId(),
                reason);
    }

    private static String abbreviate(String reason) {
        return reason.length() <= 200 ? reason : reason.substring(0, 199) + "…";
    }
}
