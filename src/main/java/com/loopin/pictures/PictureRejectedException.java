package com.loopin.pictures;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** An upload that is not a picture we take: wrong type, too large, or not decodable. Nothing was stored. */
public class PictureRejectedException extends DomainException {

    private PictureRejectedException(ErrorCode code, String message) {
        super(code, message);
    }

    static PictureRejectedException unsupported() {
        return new PictureRejectedException(ErrorCode.PICTURE_TYPE_NOT_SUPPORTED, "Send a JPEG, PNG or WebP picture.");
    }

    static PictureRejectedException tooLarge(String what) {
        return new PictureRejectedException(ErrorCode.PICTURE_TOO_LARGE, "The picture is too large: " + what + ".");
    }

    static PictureRejectedException invalid() {
        return new PictureRejectedException(
                ErrorCode.PICTURE_INVALID, "The picture could not be read; it may be damaged or incomplete.");
    }
}
