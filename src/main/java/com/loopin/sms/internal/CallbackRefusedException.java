package com.loopin.sms.internal;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** A provider's callback we do not take: none is configured here, or its signature is not genuine. */
class CallbackRefusedException extends DomainException {

    private CallbackRefusedException(ErrorCode code, String message) {
        super(code, message);
    }

    static CallbackRefusedException notConfigured() {
        return new CallbackRefusedException(ErrorCode.NOT_FOUND, "There is nothing at this address.");
    }

    static CallbackRefusedException unreadable() {
        return new CallbackRefusedException(ErrorCode.MALFORMED_REQUEST, "The report could not be read.");
    }

    static CallbackRefusedException badSignature() {
        return new CallbackRefusedException(ErrorCode.ACCESS_DENIED, "The request signature is not valid.");
    }
}
