package com.loopin.auth;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import java.util.Map;

/**
 * A code that did not verify. The verifying transaction still commits when one is thrown, so the attempt it
 * used stays counted.
 */
class CodeRejectedException extends DomainException {

    private final Map<String, Object> details;

    private CodeRejectedException(ErrorCode code, String message, Map<String, Object> details) {
        super(code, message);
        this.details = details;
    }

    /** No code is waiting for this number: never sent, used, replaced by a newer one, or forgotten. */
    static CodeRejectedException notFound() {
        return new CodeRejectedException(
                ErrorCode.OTP_NOT_FOUND,
                "There is no active code for this number. Please request a new one.",
                Map.of());
    }

    static CodeRejectedException expired() {
        return new CodeRejectedException(
                ErrorCode.OTP_EXPIRED, "This code has expired. Please request a new one.", Map.of());
    }

    static CodeRejectedException wrong(int attemptsRemaining) {
        return new CodeRejectedException(
                ErrorCode.OTP_INVALID,
                "Invalid code. " + attemptsRemaining + (attemptsRemaining == 1 ? " attempt" : " attempts") + " left.",
                Map.of("attempts_remaining", attemptsRemaining));
    }

    /** The last allowed attempt was wrong: the code is spent. */
    static CodeRejectedException attemptsExceeded() {
        return new CodeRejectedException(
                ErrorCode.OTP_ATTEMPTS_EXCEEDED,
                "Too many wrong codes. Please request a new one.",
                Map.of("attempts_remaining", 0));
    }

    @Override
    public Map<String, Object> details() {
        return details;
    }
}
