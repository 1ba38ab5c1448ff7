package com.loopin.users;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

public class UserAlreadyExistsException extends DomainException {

    public UserAlreadyExistsException() {
        super(ErrorCode.USER_ALREADY_EXISTS, "User already exists. Please login instead.");
    }
}
