package com.loopin.sms;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import java.util.List;
import java.util.Map;

/** The provider refuses this number (invalid, unreachable, unsubscribed, not verified for a trial account). */
public class SmsRecipientRejectedException extends DomainException {

    public SmsRecipientRejectedException(String message) {
        super(ErrorCode.SMS_RECIPIENT_REJECTED, message);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", List.of(new FieldError("phone_number", getMessage())));
    }
}
