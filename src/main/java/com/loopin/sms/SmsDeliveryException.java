package com.loopin.sms;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** The provider did not accept the message; the caller may try again later. */
public class SmsDeliveryException extends DomainException {

    public SmsDeliveryException(String message) {
        super(ErrorCode.SMS_DELIVERY_FAILED, message);
    }
}
