package com.loopin.auth;

import com.loopin.sessions.Sessions;
import com.loopin.staff.StaffView;
import com.loopin.users.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Mints access tokens: HS* JWTs with the claims of {@link AccessTokenClaims} and a unique {@code jti}. */
@Service
class TokenService {

    private final JwtEncoder encoder;
    private final JwtSigningKey signing;
    private final JwtProperties properties;
    private final Clock clock;

    TokenService(JwtEncoder encoder, JwtSigningKey signing, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.signing = signing;
        this.properties = properties;
        this.clock = clock;
    }

    /** The token never outlives its session: its expiry is capped at the session's absolute end. */
    AccessToken issue(UserAccount user, Sessions.OpenedSession session) {
        return sign(
                session.expiresAt(),
                AccessTokenClaims.userSubject(user),
                AccessTokenClaims.forUser(user, session.sessionId()));
    }

    /** A token for the staff API; it ends with the account or the password it was issued under. */
    AccessToken issueForStaff(StaffView staff) {
        return sign(null, AccessTokenClaims.staffSubject(staff), AccessTokenClaims.forStaff(staff));
    }

    private AccessToken sign(Instant notAfter, String subject, Map<String, Object> claims) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        if (notAfter != null && notAfter.isBefore(expiresAt)) {
            expiresAt = notAfter;
        }
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString());
        claims.forEach(builder::claim);
        JwsHeader header = JwsHeader.with(signing.algorithm()).type("JWT").build();
        String value = encoder.encode(JwtEncoderParameters.from(header, builder.build()))
                .getTokenValue();
        return new AccessToken(
                value, Math.max(0, Duration.between(now, expiresAt).toSeconds()));
    }

    record AccessToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "AccessToken[expiresIn=" + expiresInSeconds + "]";
        }
    }
}
