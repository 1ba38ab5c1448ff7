package com.loopin.shared;

import java.util.List;
import java.util.Map;

/** A refusal about the number itself: the problem body names {@code phone_number} as the field at fault. */
public class PhoneNumberRefusedException extends DomainException {

    public PhoneNumberRefusedException(ErrorCode code, String message) {
        super(code, message);
    }

    /** Not a phone number at all, or not a valid one for its country. */
    public static PhoneNumberRefusedException invalid(String message) {
        return new PhoneNumberRefusedException(ErrorCode.INVALID_PHONE_NUMBER, message);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", List.of(new FieldError("phone_number", getMessage())));
    }
}
