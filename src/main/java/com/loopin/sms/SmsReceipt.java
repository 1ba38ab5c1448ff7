package com.loopin.sms;

/**
 * What a provider said when it took a message.
 *
 * @param provider which provider took it ({@code console}, {@code twilio}, …)
 * @param messageId the provider's id of the message, for delivery reports; null when it has none
 */
public record SmsReceipt(String provider, String messageId) {}
