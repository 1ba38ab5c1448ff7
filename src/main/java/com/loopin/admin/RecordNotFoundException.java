package com.loopin.admin;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** A console page for a record that does not exist: the styled 404. */
class RecordNotFoundException extends DomainException {

    RecordNotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
