package com.loopin.auth;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/**
 * A code that did not verify. The verifying transaction still commits when one is thrown, so the attempt it
 * used stays counted.
 */
abstract class CodeRejectedException extends DomainException {

    CodeRejectedException(ErrorCode code, String message) {
        super(code, message);
    }
}
