package com.loopin.auth;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

class UserAlreadyExistsException extends DomainException {

    UserAlreadyExistsException() {
        super(ErrorCode.USER_ALREADY_EXISTS, "User already exists. Please login instead.");
    }
}
