package com.loopin.auth;

import com.loopin.shared.ErrorCode;

class OtpNotFoundException extends CodeRejectedException {

    OtpNotFoundException() {
        super(ErrorCode.OTP_NOT_FOUND, "There is no active code for this number. Please request a new one.");
    }
}
