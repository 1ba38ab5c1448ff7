package com.loopin.auth;

import com.loopin.shared.ErrorCode;

class OtpExpiredException extends CodeRejectedException {

    OtpExpiredException() {
        super(ErrorCode.OTP_EXPIRED, "This code has expired. Please request a new one.");
    }
}
