package com.loopin.pictures;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import java.time.Duration;

/** The picture storage (a disk, or S3) did not take or give the bytes: trouble we do not control, so 503. */
public class PictureStorageUnavailableException extends DomainException {

    PictureStorageUnavailableException() {
        super(ErrorCode.SERVICE_UNAVAILABLE, "Pictures cannot be stored right now. Please try again in a moment.");
    }

    @Override
    public Duration retryAfter() {
        return Duration.ofSeconds(5);
    }
}
