package com.loopin.auth;

import com.loopin.users.UserAccount;
import java.time.Clock;
import java.time.Instant;
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

    AccessToken issue(UserAccount user, UUID sessionId) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(Long.toString(user.id()))
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim("phone_number", user.phoneNumber().e164())
                .claim(ActiveSessionValidator.SESSION_CLAIM, sessionId.toString())
                .build();
        JwsHeader header = JwsHeader.with(signing.algorithm()).type("JWT").build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(value, properties.accessTokenTtl().toSeconds());
    }

    /** A token for the staff API: {@code sub} is {@code staff:<id>}, {@code scope} grants the staff role. */
    AccessToken issueForStaff(com.loopin.staff.StaffView staff) {
        Instant now = clock.instant();
        String scope = staff.role() == com.loopin.staff.StaffRole.SUPERUSER ? "staff superuser" : "staff";
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(StaffTokens.SUBJECT_PREFIX + staff.id())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim("scope", scope)
                .claim("username", staff.username())
                .build();
        JwsHeader header = JwsHeader.with(signing.algorithm()).type("JWT").build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(value, properties.accessTokenTtl().toSeconds());
    }

    record AccessToken(String value, long expiresInSeconds) {
        @Override
        public String toString() {
            return "AccessToken[expiresIn=" + expiresInSeconds + "]";
        }
    }
}
