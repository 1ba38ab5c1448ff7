package com.loopin.sms;

import java.time.Instant;

/**
 * What became of one message carrying a code, as its provider reported it.
 *
 * @param id unguessable; the code request's {@code delivery_id}
 * @param status {@code queued}, {@code sent}, {@code delivered}, {@code failed} or {@code undelivered}
 * @param reason why it failed, a stable word ({@code unreachable}, {@code dlt_template_mismatch}, {@code
 *     not_on_whatsapp}, {@code no_delivery_report}, …); null otherwise
 * @param fallbackId the delivery that carried the code by SMS after this one failed or timed out, or null
 */
public record DeliveryReport(
        String id,
        MessageKind kind,
        Channel channel,
        String provider,
        String status,
        String reason,
        Instant createdAt,
        Instant updatedAt,
        String fallbackId) {}
