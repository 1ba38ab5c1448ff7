package com.loopin.shared;

import java.util.List;
import java.util.Map;

public class InvalidPhoneNumberException extends DomainException {

    public InvalidPhoneNumberException(String message) {
        super(ErrorCode.INVALID_PHONE_NUMBER, message);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("errors", List.of(new FieldError("phone_number", getMessage())));
    }
}
