package com.loopin.payments;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;

/** What staff did with payments, audited in the transaction that did it. */
public sealed interface PaymentChanged extends AuditedChange {

    /** A superuser refunded part or all of a payment by hand, with a reason. */
    record RefundedByStaff(Actor actor, String orderId, long amountPaise, String reason) implements PaymentChanged {
        @Override
        public Entry entry() {
            return new Entry(
                    "payment.refund",
                    "payment",
                    orderId,
                    "Refunded " + Rupees.of(amountPaise) + " of order " + orderId + ": " + reason);
        }
    }

    /** The ledger was exported for accounting. */
    record LedgerExported(Actor actor, String from, String to, int rows) implements PaymentChanged {
        @Override
        public Entry entry() {
            return new Entry(
                    "payment.ledger_export",
                    "payment",
                    null,
                    "Exported the ledger " + from + " to " + to + " (" + rows + " rows)");
        }
    }
}
