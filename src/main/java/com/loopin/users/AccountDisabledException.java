package com.loopin.users;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

public class AccountDisabledException extends DomainException {

    public AccountDisabledException() {
        super(ErrorCode.ACCOUNT_DISABLED, "This account has been deactivated. Please contact support.");
    }
}
