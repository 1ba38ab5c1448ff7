package com.loopin.auth;

import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token is good only while its session is: after logout it stops working at once, on every instance, because
 * the session lives in the shared database. One indexed lookup per request.
 */
class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    static final String SESSION_CLAIM = "sid";

    private static final OAuth2Error SESSION_ENDED = new OAuth2Error("invalid_token", "The session has ended", null);

    private final SessionService sessions;

    ActiveSessionValidator(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        UUID sessionId = sessionId(token);
        if (sessionId == null || !sessions.isActive(sessionId)) {
            return OAuth2TokenValidatorResult.failure(SESSION_ENDED);
        }
        return OAuth2TokenValidatorResult.success();
    }

    static UUID sessionId(Jwt token) {
        String sid = token.getClaimAsString(SESSION_CLAIM);
        try {
            return sid == null ? null : UUID.fromString(sid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
