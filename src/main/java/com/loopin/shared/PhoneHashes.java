package com.loopin.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes of phone numbers (HMAC-SHA-256 under {@code PHONE_HASH_SECRET}, by default the JWT secret), for
 * what must recognise a number without keeping it: rate-limit keys, lockouts, the lead of a deleted account.
 */
@Component
public class PhoneHashes {

    private static final Logger log = LoggerFactory.getLogger(PhoneHashes.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PhoneHashes(AppProperties properties) {
        byte[] secret;
        if (properties.phoneHashSecret() == null || properties.phoneHashSecret().isBlank()) {
            log.warn("Neither PHONE_HASH_SECRET nor JWT_SECRET_KEY is set: phone hashes use a random key and do "
                    + "not survive a restart");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = ("loopin/phone-hash/v1/" + properties.phoneHashSecret()).getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String of(PhoneNumber phone) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(phone.e164().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }
}
