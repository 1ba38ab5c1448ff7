package com.loopin.sessions;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** A refresh token that does not refresh. The transaction still commits: a detected reuse revokes the family. */
public class RefreshTokenException extends DomainException {

    private RefreshTokenException(ErrorCode code, String message) {
        super(code, message);
    }

    public static RefreshTokenException invalid() {
        return new RefreshTokenException(
                ErrorCode.INVALID_REFRESH_TOKEN, "The refresh token is invalid or has expired. Please sign in again.");
    }

    public static RefreshTokenException reused() {
        return new RefreshTokenException(
                ErrorCode.REFRESH_TOKEN_REUSED,
                "This refresh token was already used. The session has been ended for safety; please sign in again.");
    }
}
