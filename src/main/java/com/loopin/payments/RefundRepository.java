package com.loopin.payments;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code payment_refund}. */
@Repository
class RefundRepository {

    private static final String COLUMNS =
            "id, order_id, payment_id, amount_paise, reason, requested_by, note, attempts";

    private final JdbcClient jdbc;

    RefundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A refund asked for, in the caller's transaction (which holds the order's row).
     *
     * @param onceKey what makes the refund one of its kind for the payment: the policy's reason, or a staff form's key
     * @return false when this payment already has a refund of that key
     */
    boolean request(Refund refund, String onceKey, Instant now) {
        try {
            return jdbc.sql("""
                                    insert into payment_refund (id, order_id, payment_id, amount_paise, reason, once_key,
                                        status, requested_by, note, created_at, updated_at)
                                    select ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?, ? where not exists (
                                        select 1 from payment_refund where payment_id = ? and once_key = ?)""")
                            .params(
                                    refund.id(),
                                    refund.orderId(),
                                    refund.paymentId(),
                                    refund.amountPaise(),
                                    refund.reason(),
                                    onceKey,
                                    refund.requestedBy(),
                                    refund.note(),
                                    utc(now),
                                    utc(now),
                                    refund.paymentId(),
                                    onceKey)
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Whether a refund of this key was asked for the payment. */
    boolean asked(String paymentId, String onceKey) {
        return jdbc.sql("select count(*) from payment_refund where payment_id = ? and once_key = ?")
                        .params(paymentId, onceKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Refunds waiting to be asked of the gateway, not claimed by a live lease. */
    List<String> due(Instant now, int limit) {
        return jdbc.sql("select id from payment_refund where status = 'requested'"
                        + " and (claimed_until is null or claimed_until < ?) order by created_at limit ?")
                .params(utc(now), limit)
                .query(String.class)
                .list();
    }

    /** Takes the refund for one caller until the lease ends. */
    Optional<Refund> claim(String id, Instant now, Instant leaseEnd) {
        int claimed = jdbc.sql("update payment_refund set claimed_until = ?, attempts = attempts + 1"
                        + " where id = ? and status = 'requested' and (claimed_until is null or claimed_until < ?)")
                .params(utc(leaseEnd), id, utc(now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from payment_refund where id = ?")
                .param(id)
                .query((row, n) -> refund(row))
                .optional();
    }

    void accepted(String id, String gatewayRefundId, String status, Instant now) {
        jdbc.sql("update payment_refund set status = ?, gateway_refund_id = ?, claimed_until = null, last_error = null,"
                        + " updated_at = ? where id = ?")
                .params("processed".equals(status) ? "processed" : "pending", gatewayRefundId, utc(now), id)
                .update();
    }

    /** The gateway could not take it now: tried again after the lease, or given up after too many tries. */
    void notTaken(String id, String error, boolean giveUp, Instant now) {
        jdbc.sql("update payment_refund set status = ?, last_error = ?, updated_at = ? where id = ?")
                .params(giveUp ? "failed" : "requested", error, utc(now), id)
                .update();
    }

    /** The gateway's report on a refund it took. @return the refund, if it was ours and still pending */
    Optional<Refund> reported(String gatewayRefundId, String status, Instant now) {
        Optional<Refund> refund = jdbc.sql(
                        "select " + COLUMNS + " from payment_refund where gateway_refund_id = ? and status = 'pending'")
                .param(gatewayRefundId)
                .query((row, n) -> refund(row))
                .optional();
        refund.ifPresent(found -> jdbc.sql("update payment_refund set status = ?, updated_at = ? where id = ?")
                .params(status, utc(now), found.id())
                .update());
        return refund;
    }

    /** The refunds of an order, oldest first: staff's view (the guest's shows a part of each). */
    List<PaymentDetail.Refund> ofOrder(String orderId) {
        return ofOrders(List.of(orderId)).getOrDefault(orderId, List.of());
    }

    /** The refunds of these orders, each order's oldest first, in one statement (orders without any are absent). */
    java.util.Map<String, List<PaymentDetail.Refund>> ofOrders(List<String> orderIds) {
        java.util.Map<String, List<PaymentDetail.Refund>> refunds = new java.util.HashMap<>();
        if (orderIds.isEmpty()) {
            return refunds;
        }
        jdbc.sql("select order_id, id, amount_paise, reason, status, requested_by, note, last_error, created_at"
                        + " from payment_refund where order_id in ("
                        + com.loopin.database.SqlValues.marks(orderIds.size()) + ") order by created_at, id")
                .params(List.copyOf(orderIds))
                .query((java.sql.ResultSet row) -> {
                    refunds.computeIfAbsent(row.getString("order_id"), order -> new java.util.ArrayList<>())
                            .add(new PaymentDetail.Refund(
                                    row.getString("id"),
                                    row.getLong("amount_paise"),
                                    row.getString("reason"),
                                    row.getString("status"),
                                    row.getString("requested_by"),
                                    row.getString("note"),
                                    row.getString("last_error"),
                                    com.loopin.database.SqlValues.instant(row, "created_at")));
                });
        return refunds;
    }

    /** Our amounts of these refunds, by the gateway's refund id (those not ours are absent). */
    java.util.Map<String, Long> amountsOfGatewayRefunds(List<String> gatewayRefundIds) {
        java.util.Map<String, Long> amounts = new java.util.HashMap<>();
        if (!gatewayRefundIds.isEmpty()) {
            jdbc.sql("select gateway_refund_id, amount_paise from payment_refund where gateway_refund_id in ("
                            + com.loopin.database.SqlValues.marks(gatewayRefundIds.size()) + ")")
                    .params(List.copyOf(gatewayRefundIds))
                    .query((java.sql.ResultSet row) -> {
                        amounts.put(row.getString(1), row.getLong(2));
                    });
        }
        return amounts;
    }

    private static Refund refund(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Refund(
                row.getString("id"),
                row.getString("order_id"),
                row.getString("payment_id"),
                row.getLong("amount_paise"),
                row.getString("reason"),
                row.getString("requested_by"),
                row.getString("note"),
                row.getInt("attempts"));
    }

    record Refund(
            String id,
            String orderId,
            String paymentId,
            long amountPaise,
            String reason,
            String requestedBy,
            String note,
            int attempts) {}
}
