package com.loopin.auth;

import com.loopin.shared.ErrorCode;
import java.util.Map;

class OtpInvalidException extends CodeRejectedException {

    private final int attemptsRemaining;

    OtpInvalidException(int attemptsRemaining) {
        super(
                ErrorCode.OTP_INVALID,
                "Invalid code. " + attemptsRemaining + (attemptsRemaining == 1 ? " attempt" : " attempts") + " left.");
        this.attemptsRemaining = attemptsRemaining;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("attempts_remaining", attemptsRemaining);
    }
}
