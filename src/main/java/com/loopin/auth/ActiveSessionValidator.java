package com.loopin.auth;

import com.loopin.sessions.Sessions;
import com.loopin.staff.StaffAccounts;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token is good only while its session is: after logout it stops working at once on this instance and within a
 * second on the others ({@link Sessions#isActive}, answered from memory). A staff token has no app session; it is
 * good while its staff account is active and its password unchanged.
 */
class ActiveSessionValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error SESSION_ENDED = new OAuth2Error("invalid_token", "The session has ended", null);

    private final Sessions sessions;
    private final StaffAccounts staff;

    ActiveSessionValidator(Sessions sessions, StaffAccounts staff) {
        this.sessions = sessions;
        this.staff = staff;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Long staffId = AccessTokenClaims.staffId(token);
        if (staffId != null) {
            return staff.findActive(staffId)
                            .filter(account -> AccessTokenClaims.issuedUnderCurrentPassword(token, account))
                            .isPresent()
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(SESSION_ENDED);
        }
        UUID sessionId = AccessTokenClaims.sessionId(token);
        if (sessionId == null || !sessions.isActive(sessionId)) {
            return OAuth2TokenValidatorResult.failure(SESSION_ENDED);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
