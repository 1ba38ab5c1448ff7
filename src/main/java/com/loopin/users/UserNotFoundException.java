package com.loopin.users;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

public class UserNotFoundException extends DomainException {

    public UserNotFoundException() {
        super(ErrorCode.USER_NOT_FOUND, "User not found. Please signup first.");
    }
}
