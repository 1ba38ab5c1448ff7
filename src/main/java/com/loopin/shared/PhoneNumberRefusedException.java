package com.loopin.shared;

import java.util.List;
import java.util.Map;

/** A refusal about the number itself: the problem body names {@code phone_number} as the field at fault. */
public class PhoneNumberRefusedException extends DomainException {

    public PhoneNumberRefusedException(ErrorCode code, String message) {
        super(code, message);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", List.of(new FieldError("phone_number", getMessage())));
    }
}
