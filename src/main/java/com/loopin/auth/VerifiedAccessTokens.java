package com.loopin.auth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Checks an access token's signature and parses its claims once, then only validates it on later requests: an app
 * sends the same token for up to its whole lifetime, and the HMAC check and JSON parsing are a large share of an
 * authenticated request's work (figures in docs/performance.md). Validation (expiry, issuer, whether the session or
 * staff account is still active) still runs on every request, so a cached token stops working exactly when an
 * uncached one would. Only tokens whose signature was verified are kept, under their whole compact form
 * (signature included); when {@code capacity} is reached the cache starts again empty.
 */
final class VerifiedAccessTokens implements JwtDecoder {

    private final JwtDecoder signatureAndClaims;
    private final OAuth2TokenValidator<Jwt> validator;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** {@code signatureAndClaims} verifies and parses, without validating: that is {@code validator}'s job. */
    VerifiedAccessTokens(JwtDecoder signatureAndClaims, OAuth2TokenValidator<Jwt> validator, int capacity) {
        this.signatureAndClaims = signatureAndClaims;
        this.validator = validator;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.get(token);
        if (jwt == null) {
            jwt = signatureAndClaims.decode(token);
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.remove(token);
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException(
                    "An error occurred while attempting to decode the Jwt: " + description, result.getErrors());
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
