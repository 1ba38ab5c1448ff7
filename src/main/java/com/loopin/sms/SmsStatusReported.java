package com.loopin.sms;

/**
 * A provider reported what became of a message.
 *
 * @param status {@code queued}, {@code sent}, {@code delivered}, {@code undelivered} or {@code failed}
 * @param errorCode the provider's error code when it failed, else null
 * @param to the recipient in E.164 as the provider reported it, or null
 */
public record SmsStatusReported(String provider, String messageId, String status, String errorCode, String to) {}
