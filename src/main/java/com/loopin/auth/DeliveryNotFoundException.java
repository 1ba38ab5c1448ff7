package com.loopin.auth;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** No delivery has this id (or it is older than the deliveries kept). */
class DeliveryNotFoundException extends DomainException {

    DeliveryNotFoundException() {
        super(ErrorCode.NOT_FOUND, "There is no delivery with this id.");
    }
}
