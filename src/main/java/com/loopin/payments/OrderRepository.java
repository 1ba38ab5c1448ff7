package com.loopin.payments;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code payment_order}; a status moves only by an update that names the statuses it expects. */
@Repository
class OrderRepository {

    private static final String COLUMNS = """
            id, request_id, event_id, user_id, host_id, seats, seat_paise, fee_paise, fee_gst_paise, amount_paise,
            currency, gateway, gateway_order_id, status, payment_id, hold_expires_at, transfer_account,
            transfer_hold_until, paid_at, refunded_paise,
            ended_reason, created_at""";

    private final JdbcClient jdbc;

    OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(PaymentOrder order) {
        jdbc.sql("""
                        insert into payment_order (id, request_id, event_id, user_id, host_id, seats, seat_paise,
                            fee_paise, fee_gst_paise, amount_paise, currency, gateway, status, hold_expires_at,
                            transfer_account, transfer_hold_until, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        order.id(),
                        order.requestId(),
                        order.eventId(),
                        order.userId(),
                        order.hostId(),
                        order.seats(),
                        order.seatPaise(),
                        order.feePaise(),
                        order.feeGstPaise(),
                        order.amountPaise(),
                        order.currency(),
                        order.gateway(),
                        order.status().value(),
                        utc(order.holdExpiresAt()),
                        order.transferAccount(),
                        utc(order.transferHoldUntil()),
                        utc(order.createdAt()),
                        utc(order.createdAt()))
                .update();
    }

    Optional<PaymentOrder> find(String id) {
        return one("id = ?", id);
    }

    Optional<PaymentOrder> ofRequest(String requestId) {
        return one("request_id = ?", requestId);
    }

    Optional<PaymentOrder> ofGatewayOrder(String gatewayOrderId) {
        return one("gateway_order_id = ?", gatewayOrderId);
    }

    /** The order, its row locked until the transaction ends: captures of one order are decided one at a time. */
    Optional<PaymentOrder> lock(String id) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where id = ? for update")
                .param(id)
                .query((row, n) -> order(row))
                .optional();
    }

    /** The order of this gateway order, its row locked until the transaction ends (as {@link #lock}). */
    Optional<PaymentOrder> lockOfGatewayOrder(String gatewayOrderId) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where gateway_order_id = ? for update")
                .param(gatewayOrderId)
                .query((row, n) -> order(row))
                .optional();
    }

    /** The order a transfer was made from, by its payment or its gateway order, locked (as {@link #lock}). */
    Optional<PaymentOrder> lockOfTransferSource(String paymentId, String gatewayOrderId) {
        return jdbc
                .sql("select " + COLUMNS + " from payment_order where payment_id = ? or gateway_order_id = ?"
                        + " for update")
                .params(paymentId, gatewayOrderId)
                .query((row, n) -> order(row))
                .stream()
                .findFirst();
    }

    /** The transfer of the host's share as last reported, or null when none was. */
    PaymentDetail.HostTransfer transferOf(String id) {
        return jdbc.sql("select transfer_id, transfer_status, transfer_error, transfer_updated_at from payment_order"
                        + " where id = ? and transfer_status is not null")
                .param(id)
                .query((row, n) -> new PaymentDetail.HostTransfer(
                        row.getString("transfer_id"),
                        row.getString("transfer_status"),
                        row.getString("transfer_error"),
                        instant(row, "transfer_updated_at")))
                .optional()
                .orElse(null);
    }

    void transferReported(String id, String transferId, String status, String error, Instant now) {
        jdbc.sql("update payment_order set transfer_id = ?, transfer_status = ?, transfer_error = ?,"
                        + " transfer_updated_at = ?, updated_at = ? where id = ?")
                .params(transferId, status, error, utc(now), utc(now), id)
                .update();
    }

    /** @return false when another caller gave it its gateway order first, or it is no longer pending */
    boolean created(String id, String gatewayOrderId, Instant now) {
        return jdbc.sql("update payment_order set gateway_order_id = ?, status = 'created', updated_at = ?"
                                + " where id = ? and status = 'pending' and gateway_order_id is null")
                        .params(gatewayOrderId, utc(now), id)
                        .update()
                == 1;
    }

    void paid(String id, String paymentId, Instant now) {
        jdbc.sql("update payment_order set status = 'paid', payment_id = ?, paid_at = ?, updated_at = ? where id = ?")
                .params(paymentId, utc(now), utc(now), id)
                .update();
    }

    /** A payment that came for an order no longer wanted: recorded, the order void (the payment is refunded). */
    void voidWithPayment(String id, String paymentId, Instant now) {
        jdbc.sql("update payment_order set status = 'void', payment_id = coalesce(payment_id, ?), updated_at = ?"
                        + " where id = ?")
                .params(paymentId, utc(now), id)
                .update();
    }

    /** The request's hold ended before a payment came. */
    void voidUnpaid(String requestId, Instant now) {
        jdbc.sql("update payment_order set status = 'void', updated_at = ? where request_id = ?"
                        + " and status in ('pending', 'created')")
                .params(utc(now), requestId)
                .update();
    }

    void ended(String id, String reason, Instant now) {
        jdbc.sql("update payment_order set ended_reason = ?, updated_at = ? where id = ? and ended_reason is null")
                .params(reason, utc(now), id)
                .update();
    }

    /** @return false when it would refund more than was paid */
    boolean refunded(String id, long amountPaise, Instant now) {
        return jdbc.sql("update payment_order set refunded_paise = refunded_paise + ?, updated_at = ?"
                                + " where id = ? and refunded_paise + ? <= amount_paise")
                        .params(amountPaise, utc(now), id, amountPaise)
                        .update()
                == 1;
    }

    void refundFailed(String id, long amountPaise, Instant now) {
        jdbc.sql("update payment_order set refunded_paise = refunded_paise - ?, updated_at = ?"
                        + " where id = ? and refunded_paise >= ?")
                .params(amountPaise, utc(now), id, amountPaise)
                .update();
    }

    /** An event's paid orders whose guests are still going. */
    List<PaymentOrder> paidAndGoing(String eventId) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where event_id = ? and status = 'paid'"
                        + " and ended_reason is null order by created_at")
                .param(eventId)
                .query((row, n) -> order(row))
                .list();
    }

    void voidUnpaidOfEvent(String eventId, Instant now) {
        jdbc.sql("update payment_order set status = 'void', updated_at = ? where event_id = ?"
                        + " and status in ('pending', 'created')")
                .params(utc(now), eventId)
                .update();
    }

    /** A page of the orders the condition picks, latest first (the console's list). */
    List<PaymentOrder> page(com.loopin.database.SqlWhere where, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from payment_order" + where.sql()
                        + " order by created_at desc, id desc limit ? offset ?")
                .params(where.paramsAnd(limit, offset))
                .query((row, n) -> order(row))
                .list();
    }

    /** How many orders the condition picks (the console's list). */
    long count(com.loopin.database.SqlWhere where) {
        return jdbc.sql("select count(*) from payment_order" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** A person's orders, latest first. */
    List<PaymentOrder> ofUser(long userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where user_id = ?"
                        + " order by created_at desc, id desc limit ?")
                .params(userId, limit)
                .query((row, n) -> order(row))
                .list();
    }

    private Optional<PaymentOrder> one(String where, Object value) {
        return jdbc.sql("select " + COLUMNS + " from payment_order where " + where)
                .param(value)
                .query((row, n) -> order(row))
                .optional();
    }

    private static PaymentOrder order(ResultSet row) throws SQLException {
        return new PaymentOrder(
                row.getString("id"),
                row.getString("request_id"),
                row.getString("event_id"),
                row.getLong("user_id"),
                row.getLong("host_id"),
                row.getInt("seats"),
                row.getLong("seat_paise"),
                row.getLong("fee_paise"),
                row.getLong("fee_gst_paise"),
                row.getLong("amount_paise"),
                row.getString("currency"),
                row.getString("gateway"),
                row.getString("gateway_order_id"),
                PaymentOrder.Status.of(row.getString("status")),
                row.getString("payment_id"),
                instant(row, "hold_expires_at"),
                row.getString("transfer_account"),
                instant(row, "transfer_hold_until"),
                instant(row, "paid_at"),
                row.getLong("refunded_paise"),
                row.getString("ended_reason"),
                instant(row, "created_at"));
    }
}
