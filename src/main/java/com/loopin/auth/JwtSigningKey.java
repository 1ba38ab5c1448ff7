package com.loopin.auth;

import javax.crypto.SecretKey;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;

/** The HMAC key and algorithm that sign and check access tokens. */
record JwtSigningKey(SecretKey key, MacAlgorithm algorithm) {

    @Override
    public String toString() {
        return "JwtSigningKey[" + algorithm + "]";
    }
}
