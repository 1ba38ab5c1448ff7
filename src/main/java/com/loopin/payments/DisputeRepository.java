package com.loopin.payments;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disputes as the gateway last reported them. */
@Repository
class DisputeRepository {

    private final JdbcClient jdbc;

    DisputeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dispute as reported now: written the first time, its status and phase moved on after. */
    void reported(PaymentDetail.Dispute dispute, String orderId, Instant now) {
        int updated = jdbc.sql("update payment_dispute set status = ?, phase = ?, respond_by = ?, updated_at = ?"
                        + " where id = ?")
                .params(dispute.status(), dispute.phase(), utc(dispute.respondBy()), utc(now), dispute.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into payment_dispute (id, payment_id, order_id, amount_paise, reason_code, status,
                                phase, respond_by, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            dispute.id(),
                            dispute.paymentId(),
                            orderId,
                            dispute.amountPaise(),
                            dispute.reasonCode(),
                            dispute.status(),
                            dispute.phase(),
                            utc(dispute.respondBy()),
                            utc(now),
                            utc(now))
                    .update();
        }
    }

    List<PaymentDetail.Dispute> ofOrder(String orderId) {
        return jdbc.sql("select id, payment_id, amount_paise, reason_code, status, phase, respond_by, updated_at"
                        + " from payment_dispute where order_id = ? order by created_at")
                .param(orderId)
                .query((row, n) -> new PaymentDetail.Dispute(
                        row.getString("id"),
                        row.getString("payment_id"),
                        row.getLong("amount_paise"),
                        row.getString("reason_code"),
                        row.getString("status"),
                        row.getString("phase"),
                        instant(row, "respond_by"),
                        instant(row, "updated_at")))
                .list();
    }
}
