package com.loopin.safety;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** A block or a report that cannot be made as asked; nothing was changed. */
public class SafetyRefusedException extends DomainException {

    SafetyRefusedException(ErrorCode code, String message) {
        super(code, message);
    }

    static SafetyRefusedException noSuchPerson() {
        return new SafetyRefusedException(ErrorCode.USER_NOT_FOUND, "No such person.");
    }
}
