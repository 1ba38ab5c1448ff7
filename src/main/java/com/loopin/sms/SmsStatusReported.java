package com.loopin.sms;

/**
 * A provider reported what became of a message.
 *
 * @param status {@code queued}, {@code sent}, {@code delivered}, {@code undelivered} or {@code failed} (each
 *     provider's own words mapped to these)
 * @param errorCode the provider's error code when it failed, else null
 * @param reason why it failed, a stable word ({@code unreachable}, {@code dlt_template_mismatch}, …), else null
 * @param to the recipient in E.164 as the provider reported it, or null
 */
public record SmsStatusReported(
        String provider, String messageId, String status, String errorCode, String reason, String to) {}
