package com.loopin.auth;

import com.loopin.staff.StaffRole;
import com.loopin.staff.StaffView;
import com.loopin.users.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/** Mints access tokens: HS* JWTs with the user id in {@code sub}, the session in {@code sid}, a unique {@code jti}. */
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
    AccessToken issue(UserAccount user, SessionService.OpenedSession session) {
        UUID sessionId = session.sessionId();
        return sign(
                session.expiresAt(),
                Long.toString(user.id()),
                Map.of(
                        "phone_number",
                        user.phoneNumber().e164(),
                        ActiveSessionValidator.SESSION_CLAIM,
                        sessionId.toString()));
    }

    /** A token for the staff API: {@code sub} is {@code staff:<id>}, {@code scope} grants the staff role. */
    AccessToken issueForStaff(StaffView staff) {
        String scope = staff.role() == StaffRole.SUPERUSER ? "staff superuser" : "staff";
        return sign(
                null, StaffTokens.SUBJECT_PREFIX + staff.id(), Map.of("scope", scope, "username", staff.username()));
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
                value, Math.max(0, java.time.Duration.between(now, expiresAt).toSeconds()));
    }

    record AccessToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "AccessToken[expiresIn=" + expiresInSeconds + "]";
        }
    }
}
