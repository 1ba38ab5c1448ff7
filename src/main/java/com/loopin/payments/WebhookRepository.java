package com.loopin.payments;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The gateway's webhooks, each kept once by its event id until processed. */
@Repository
class WebhookRepository {

    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this event was received before */
    boolean receive(String eventId, PaymentGateway.Webhook webhook, String payload, Instant now) {
        try {
            jdbc.sql("""
                            insert into payment_webhook (event_id, event_type, payload, gateway_order_id, payment_id,
                                received_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(
                            eventId,
                            webhook.eventType(),
                            payload,
                            webhook.gatewayOrderId(),
                            webhook.paymentId(),
                            utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Unprocessed webhooks, oldest first, locked for the caller's transaction (others skip them). */
    List<Row> claim(int limit, int maxAttempts) {
        return jdbc.sql("""
                        select event_id, event_type, payload, attempts from payment_webhook
                        where processed_at is null and attempts < ? order by received_at limit ?
                        for update skip locked""")
                .params(maxAttempts, limit)
                .query((row, n) -> new Row(
                        row.getString("event_id"),
                        row.getString("event_type"),
                        row.getString("payload"),
                        row.getInt("attempts")))
                .list();
    }

    void processed(String eventId, Instant now) {
        jdbc.sql("update payment_webhook set processed_at = ?, last_error = null where event_id = ?")
                .params(utc(now), eventId)
                .update();
    }

    void failed(String eventId, String error) {
        jdbc.sql("update payment_webhook set attempts = attempts + 1, last_error = ? where event_id = ?")
                .params(error.length() > 500 ? error.substring(0, 500) : error, eventId)
                .update();
    }

    /**
     * The webhooks about this gateway order or its payment (newest first, at most 50): staff's view of an order. A
     * refund's or a dispute's webhook names only the payment.
     */
    List<PaymentDetail.GatewayEvent> about(String gatewayOrderId, String paymentId) {
        return jdbc.sql("select event_id, event_type, received_at, processed_at, last_error from payment_webhook"
                        + " where gateway_order_id = ? or payment_id = ? order by received_at desc limit 50")
                .params(gatewayOrderId, paymentId)
                .query((row, n) -> new PaymentDetail.GatewayEvent(
                        row.getString("event_id"),
                        row.getString("event_type"),
                        com.loopin.database.SqlValues.instant(row, "received_at"),
                        com.loopin.database.SqlValues.instant(row, "processed_at"),
                        row.getString("last_error")))
                .list();
    }

    record Row(String eventId, String eventType, String payload, int attempts) {}
}
