package com.loopin.sms;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.PhoneNumberRefusedException;

/** The provider refuses this number (invalid, unreachable, unsubscribed, not verified for a trial account). */
public class SmsRecipientRejectedException extends PhoneNumberRefusedException {

    public SmsRecipientRejectedException(String message) {
        super(ErrorCode.SMS_RECIPIENT_REJECTED, message);
    }
}
