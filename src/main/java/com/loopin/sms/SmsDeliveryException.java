package com.loopin.sms;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import java.time.Duration;

/** No provider took the message; nothing was counted, and the user may ask again shortly. */
public class SmsDeliveryException extends DomainException {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    public SmsDeliveryException(String message) {
        super(ErrorCode.SMS_DELIVERY_FAILED, message);
    }

    @Override
    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
