package com.loopin.shared;

public class InvalidPhoneNumberException extends PhoneNumberRefusedException {

    public InvalidPhoneNumberException(String message) {
        super(ErrorCode.INVALID_PHONE_NUMBER, message);
    }
}
