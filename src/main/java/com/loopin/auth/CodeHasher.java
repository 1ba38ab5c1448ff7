package com.loopin.auth;

import com.loopin.shared.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Codes are stored as HMAC-SHA-256 over number, purpose and code, under a server key kept outside the database:
 * a 4-digit code under a plain hash would be reversed in microseconds by anyone who reads the table.
 */
class CodeHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    CodeHasher(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    String hash(PhoneNumber phone, CodePurpose purpose, String code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            String message = phone.e164() + '\n' + purpose + '\n' + code;
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
    }

    /** Compares in constant time, so response timing tells nothing about how close a guess was. */
    boolean matches(String storedHash, PhoneNumber phone, CodePurpose purpose, String code) {
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(phone, purpose, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
