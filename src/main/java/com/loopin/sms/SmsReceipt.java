package com.loopin.sms;

/**
 * What a provider said when it took a message.
 *
 * @param provider which provider took it ({@code console}, {@code twilio}, …)
 * @param messageId the provider's id of the message, for delivery reports; null when it has none
 * @param channel how the code travels
 * @param deliveryId our id of the delivery, which {@link CodeDeliveries} answers for; null when none is kept
 */
public record SmsReceipt(String provider, String messageId, Channel channel, String deliveryId) {

    /** A provider's answer: a text message, not yet recorded as a delivery. */
    public SmsReceipt(String provider, String messageId) {
        this(provider, messageId, Channel.SMS, null);
    }
}
