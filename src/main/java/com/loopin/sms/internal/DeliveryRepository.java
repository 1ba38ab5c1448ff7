package com.loopin.sms.internal;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import com.loopin.sms.Channel;
import com.loopin.sms.DeliveryReport;
import com.loopin.sms.MessageKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code code_delivery}. Each is one statement in its own transaction: none runs while a
 * provider is called. A status only moves forward ({@code queued} → {@code sent} → a final one), so reports that
 * arrive out of order cannot undo a delivery.
 */
@Repository
class DeliveryRepository {

    private static final String COLUMNS =
            "id, kind, channel, provider, status, reason, created_at, updated_at, fallback_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DeliveryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    private static final String INSERT = """
            insert into code_delivery (id, phone_number, kind, language, app_hash, channel, provider, message_id,
                status, reason, created_at, updated_at, fallback_at, sealed_code)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A message a provider took (or refused, with its reason); {@code fallbackAt} set: SMS follows unless delivered. */
    void insert(NewDelivery delivery) {
        jdbc.sql(INSERT).params(values(delivery)).update();
    }

    /** Several deliveries in one batch and one commit. */
    @org.springframework.transaction.annotation.Transactional
    void insertAll(List<NewDelivery> deliveries) {
        template.batchUpdate(
                INSERT, deliveries.stream().map(DeliveryRepository::values).toList());
    }

    private static Object[] values(NewDelivery delivery) {
        return new Object[] {
            delivery.id(),
            delivery.phone(),
            delivery.kind().name(),
            delivery.language(),
            delivery.appHash(),
            delivery.channel().key(),
            delivery.provider(),
            delivery.messageId(),
            delivery.status(),
            delivery.reason(),
            utc(delivery.at()),
            utc(delivery.at()),
            delivery.fallbackAt() == null ? null : utc(delivery.fallbackAt()),
            delivery.sealedCode()
        };
    }

    /**
     * A provider's report on its message. Returns the delivery as it is now when the report moved it, or empty (an
     * unknown message, or a report older than what is known). A failure brings a waiting fallback forward to now; a
     * delivery ends it.
     */
    Optional<Reported> report(String provider, String messageId, String status, String reason, Instant now) {
        int moved = jdbc.sql("""
                        update code_delivery set status = :status, reason = coalesce(:reason, reason), updated_at = :now,
                            fallback_at = case when fallback_at is null or :status = 'delivered' then null
                                when :status in ('failed', 'undelivered') then :now else fallback_at end,
                            sealed_code = case when :status = 'delivered' then null else sealed_code end
                        where message_id = :messageId and provider = :provider
                            and (status = 'queued' and :status <> 'queued'
                                or status = 'sent' and :status in ('delivered', 'failed', 'undelivered'))""")
                .param("status", status)
                .param("reason", reason)
                .param("now", utc(now))
                .param("messageId", messageId)
                .param("provider", provider)
                .update();
        if (moved == 0) {
            return Optional.empty();
        }
        return jdbc
                .sql(
                        "select id, channel, created_at, fallback_at from code_delivery where message_id = ? and provider = ?")
                .params(messageId, provider)
                .query((row, n) -> new Reported(
                        row.getString("id"),
                        Channel.valueOf(row.getString("channel").toUpperCase(Locale.ROOT)),
                        instant(row, "created_at"),
                        row.getObject("fallback_at") != null))
                .list()
                .stream()
                .findFirst();
    }

    Optional<DeliveryReport> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from code_delivery where id = ?")
                .param(id)
                .query(DeliveryRepository::report)
                .optional();
    }

    List<DeliveryReport> of(String phone, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from code_delivery where phone_number = ? order by created_at desc, id limit ?")
                .params(phone, limit)
                .query(DeliveryRepository::report)
                .list();
    }

    /** The deliveries whose SMS fallback is due, oldest first. */
    List<String> fallbacksDue(Instant now, int limit) {
        return jdbc.sql("select id from code_delivery where fallback_at <= ? order by fallback_at limit ?")
                .params(utc(now), limit)
                .query(String.class)
                .list();
    }

    /**
     * Takes the fallback of one delivery for {@code lease}: the instance whose update changed the row sends the SMS;
     * if it dies on the way, the fallback is due again when the lease ends.
     */
    Optional<Pending> claimFallback(String id, Instant now, Instant leaseEnd) {
        int claimed = jdbc.sql("update code_delivery set fallback_at = ? where id = ? and fallback_at <= ?")
                .params(utc(leaseEnd), id, utc(now))
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select phone_number, kind, language, app_hash, sealed_code, status
                        from code_delivery where id = ?""")
                .param(id)
                .query((row, n) -> new Pending(
                        id,
                        row.getString("phone_number"),
                        MessageKind.valueOf(row.getString("kind")),
                        row.getString("language"),
                        row.getString("app_hash"),
                        row.getString("sealed_code"),
                        row.getString("status")))
                .optional();
    }

    /**
     * The fallback is over: sent by SMS as {@code fallbackId}, or not needed (null). A delivery that had no report yet
     * is marked as having none in time.
     */
    void endFallback(String id, String fallbackId, Instant now) {
        if (fallbackId == null) {
            jdbc.sql("update code_delivery set fallback_at = null, sealed_code = null, updated_at = ? where id = ?")
                    .params(utc(now), id)
                    .update();
            return;
        }
        jdbc.sql("""
                        update code_delivery set fallback_at = null, sealed_code = null, fallback_id = ?,
                            reason = case when status in ('queued', 'sent') then 'no_delivery_report' else reason end,
                            updated_at = ?
                        where id = ?""").params(fallbackId, utc(now), id).update();
    }

    void forget(String phone) {
        jdbc.sql("delete from code_delivery where phone_number = ?")
                .param(phone)
                .update();
    }

    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from code_delivery where created_at < ?")
                .param(utc(cutoff))
                .update();
    }

    private static DeliveryReport report(ResultSet row, int n) throws SQLException {
        return new DeliveryReport(
                row.getString("id"),
                MessageKind.valueOf(row.getString("kind")),
                Channel.valueOf(row.getString("channel").toUpperCase(Locale.ROOT)),
                row.getString("provider"),
                row.getString("status"),
                row.getString("reason"),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                row.getString("fallback_id"));
    }

    /** A delivery to write. */
    record NewDelivery(
            String id,
            String phone,
            MessageKind kind,
            String language,
            String appHash,
            Channel channel,
            String provider,
            String messageId,
            String status,
            String reason,
            Instant at,
            Instant fallbackAt,
            String sealedCode) {}

    /** A delivery a report just moved: whether its SMS fallback is still waiting (a failure makes it due now). */
    record Reported(String id, Channel channel, Instant createdAt, boolean fallbackWaiting) {}

    /** A claimed fallback: what the SMS needs. */
    record Pending(
            String id,
            String phone,
            MessageKind kind,
            String language,
            String appHash,
            String sealedCode,
            String status) {
        @Override
        public String toString() {
            return "Pending[" + id + "]";
        }
    }
}
