package com.loopin.payments;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger: one row per money movement, written once (a movement seen twice is not written twice). */
@Repository
class LedgerRepository {

    private static final String LINE_COLUMNS = "created_at, order_id, event_id, kind, amount_paise, reference";

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What is left of the order's host share: transferred, less what refunds took back or a failed transfer kept. */
    long hostShareLeft(String orderId) {
        Long left = jdbc.sql("select coalesce(sum(amount_paise), 0) from ledger_entry where order_id = ?"
                        + " and kind in ('host_share', 'reversal', 'transfer_failed')")
                .param(orderId)
                .query(Long.class)
                .single();
        return left == null ? 0 : left;
    }

    /** A host's money per event: what guests paid, the fee with its GST, refunds, and the host's share left. */
    java.util.List<Earned> earnedBy(long hostId) {
        return jdbc.sql("""
                        select l.event_id,
                            coalesce(sum(case when l.kind = 'payment' then l.amount_paise end), 0) as gross,
                            coalesce(sum(case when l.kind in ('fee', 'fee_gst') then l.amount_paise end), 0) as fee,
                            coalesce(sum(case when l.kind = 'refund' then -l.amount_paise end), 0)
                                - coalesce(sum(case when l.kind = 'refund_failed' then l.amount_paise end), 0)
                                as refunded,
                            coalesce(sum(case when l.kind in ('host_share', 'reversal', 'transfer_failed')
                                then l.amount_paise end), 0) as host_share,
                            max(case when o.transfer_status = 'failed' then 1 else 0 end) as transfer_failed
                        from ledger_entry l join payment_order o on o.id = l.order_id
                        where o.host_id = ? group by l.event_id order by l.event_id""")
                .param(hostId)
                .query((row, n) -> new Earned(
                        row.getString("event_id"),
                        row.getLong("gross"),
                        row.getLong("fee"),
                        row.getLong("refunded"),
                        row.getLong("host_share"),
                        row.getInt("transfer_failed") == 1))
                .list();
    }

    /** @param transferFailed the gateway could not transfer the share of one of the event's payments */
    record Earned(
            String eventId,
            long grossPaise,
            long feePaise,
            long refundedPaise,
            long hostSharePaise,
            boolean transferFailed) {}

    /** The ledger's rows of one order, oldest first. */
    java.util.List<PaymentDetail.LedgerLine> ofOrder(String orderId) {
        return jdbc.sql("select " + LINE_COLUMNS + " from ledger_entry where order_id = ? order by created_at, id")
                .param(orderId)
                .query((row, n) -> line(row))
                .list();
    }

    /** The ledger's rows of a period [start, end), oldest first (the accounting export). */
    java.util.List<PaymentDetail.LedgerLine> between(Instant start, Instant end) {
        return jdbc.sql("select " + LINE_COLUMNS
                        + " from ledger_entry where created_at >= ? and created_at < ? order by created_at, id")
                .params(utc(start), utc(end))
                .query((row, n) -> line(row))
                .list();
    }

    /** What the ledger holds as paid for these gateway payment ids, each summed (those not ours are absent). */
    java.util.Map<String, Long> paidByPayment(java.util.List<String> paymentIds) {
        java.util.Map<String, Long> amounts = new java.util.HashMap<>();
        if (!paymentIds.isEmpty()) {
            jdbc.sql("select reference, sum(amount_paise) from ledger_entry where kind = 'payment' and reference in ("
                            + com.loopin.database.SqlValues.marks(paymentIds.size()) + ") group by reference")
                    .params(java.util.List.copyOf(paymentIds))
                    .query((java.sql.ResultSet row) -> {
                        amounts.put(row.getString(1), row.getLong(2));
                    });
        }
        return amounts;
    }

    private static PaymentDetail.LedgerLine line(java.sql.ResultSet row) throws java.sql.SQLException {
        return new PaymentDetail.LedgerLine(
                com.loopin.database.SqlValues.instant(row, "created_at"),
                row.getString("order_id"),
                row.getString("event_id"),
                row.getString("kind"),
                row.getLong("amount_paise"),
                row.getString("reference"));
    }

    /** @param amountPaise positive for money in (the guest's payment and its parts), negative for money out */
    void record(PaymentOrder order, String kind, long amountPaise, String reference, Instant now) {
        jdbc.sql("""
                        insert into ledger_entry (order_id, event_id, kind, amount_paise, reference, created_at)
                        select ?, ?, ?, ?, ?, ? where not exists (
                            select 1 from ledger_entry where order_id = ? and kind = ? and reference = ?)""")
                .params(
                        order.id(),
                        order.eventId(),
                        kind,
                        amountPaise,
                        reference,
                        utc(now),
                        order.id(),
                        kind,
                        reference)
                .update();
    }
}
