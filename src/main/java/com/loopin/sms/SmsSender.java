package com.loopin.sms;

/** Delivers verification codes by text message. Which provider does it is configuration. */
public interface SmsSender {

    /**
     * Sends the code to the number.
     *
     * @throws SmsDeliveryException when the provider refuses or cannot be reached
     */
    void sendVerificationCode(VerificationSms message);
}
