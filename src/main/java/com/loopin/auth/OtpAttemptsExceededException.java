package com.loopin.auth;

import com.loopin.shared.ErrorCode;
import java.util.Map;

class OtpAttemptsExceededException extends CodeRejectedException {

    OtpAttemptsExceededException() {
        super(ErrorCode.OTP_ATTEMPTS_EXCEEDED, "Too many wrong codes. Please request a new one.");
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("attempts_remaining", 0);
    }
}
