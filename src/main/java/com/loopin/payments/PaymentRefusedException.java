package com.loopin.payments;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** A payment call the caller can correct: an order that is not theirs, a signature that does not match. */
class PaymentRefusedException extends DomainException {

    PaymentRefusedException(ErrorCode code, String message) {
        super(code, message);
    }

    static PaymentRefusedException notFound() {
        return new PaymentRefusedException(ErrorCode.PAYMENT_NOT_FOUND, "No such payment for you.");
    }

    static PaymentRefusedException badSignature() {
        return new PaymentRefusedException(
                ErrorCode.PAYMENT_SIGNATURE_INVALID,
                "The payment's signature does not match its order: send what the gateway's checkout returned.");
    }
}
