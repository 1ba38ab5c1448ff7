package com.loopin.sms;

import com.loopin.shared.PhoneNumber;

/** Delivers verification codes by text message. Which provider does it is configuration. */
public interface SmsSender {

    /**
     * Sends the code to the number.
     *
     * @throws SmsDeliveryException when no provider could take the message; try again later
     * @throws SmsRecipientRejectedException when the provider refuses this number
     */
    SmsReceipt sendVerificationCode(VerificationSms message);

    /** Whether codes can go by this channel here (SMS always; WhatsApp when a WhatsApp sender is configured). */
    default boolean offers(Channel channel) {
        return channel == Channel.SMS;
    }

    /**
     * True when the provider makes and checks the codes itself (Twilio Verify): then the code in {@link
     * VerificationSms} is not what the user receives, and {@link #checkCode} decides.
     */
    default boolean checksCodes() {
        return false;
    }

    /** Asks the provider whether this is the code it sent; only for providers that {@link #checksCodes()}. */
    default boolean checkCode(PhoneNumber to, String code) {
        throw new UnsupportedOperationException("this provider does not check codes");
    }
}
