package com.loopin.staff;

import com.loopin.shared.AesGcm;
import com.loopin.shared.VersionedKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps staff TOTP secrets encrypted at rest (AES-256-GCM from the JDK, a fresh 96-bit nonce each time) under keys
 * of their own, {@code STAFF_TOTP_KEYS}: versioned 32-byte keys, {@code 2:BASE64,1:BASE64}, the first one current.
 * A secret is sealed under the current key and says which key ({@code k2:…}); it opens under any key still listed,
 * so a new key is rolled out by putting it first, and the old one removed once every secret was sealed anew
 * (each instance does that at start). Secrets sealed before keys were versioned ({@code v1:…}, under a key derived
 * from the server's secret) still open, and are sealed anew the same way. A copy of the database alone does not
 * give anyone the second factor, and changing the server's other secrets does not lock anyone out.
 */
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String LEGACY = "v1:";
    private static final int KEY_BYTES = 32;

    private final int current;
    private final Map<Integer, SecretKeySpec> keys;
    private final SecretKeySpec legacy;

    private SecretBox(Map<Integer, SecretKeySpec> keys, SecretKeySpec legacy) {
        this.keys = keys;
        this.current = keys.keySet().iterator().next();
        this.legacy = legacy;
    }

    /**
     * @param configured {@code STAFF_TOTP_KEYS}
     * @param serverSecret what sealed the unversioned secrets of earlier releases
     * @throws IllegalStateException when the keys are malformed, or missing in production
     */
    static SecretBox of(String configured, String serverSecret, boolean production) {
        Map<Integer, SecretKeySpec> keys = new LinkedHashMap<>();
        if (configured == null || configured.isBlank()) {
            if (production) {
                throw new IllegalStateException("ENVIRONMENT=prod needs STAFF_TOTP_KEYS, the key that seals staff"
                        + " second-factor secrets, apart from every other secret: for example"
                        + " STAFF_TOTP_KEYS=1:$(openssl rand -base64 32)");
            }
            log.warn("STAFF_TOTP_KEYS is not set: staff second-factor secrets are sealed under a development key");
            keys.put(0, aes(derive("loopin development staff totp key")));
        } else {
            VersionedKeys.parse(List.of(configured.split(",")), "STAFF_TOTP_KEYS", KEY_BYTES, KEY_BYTES)
                    .forEach((version, key) -> keys.put(version, aes(key)));
        }
        return new SecretBox(keys, aes(derive("loopin staff totp:" + (serverSecret == null ? "" : serverSecret))));
    }

    String seal(byte[] secret) {
        return prefix(current) + Base64.getEncoder().encodeToString(AesGcm.seal(keys.get(current), secret));
    }

    byte[] open(String sealed) {
        SecretKeySpec key;
        String body;
        if (sealed.startsWith(LEGACY)) {
            key = legacy;
            body = sealed.substring(LEGACY.length());
        } else {
            int colon = sealed.indexOf(':');
            Integer version = sealed.startsWith("k") && colon > 1 ? parse(sealed.substring(1, colon)) : null;
            key = version == null ? null : keys.get(version);
            if (key == null) {
                throw new IllegalStateException("a staff second-factor secret is sealed under a key that"
                        + " STAFF_TOTP_KEYS does not list (" + (version == null ? "unknown" : "version " + version)
                        + "): put the key back until every secret was sealed anew");
            }
            body = sealed.substring(colon + 1);
        }
        try {
            return AesGcm.open(key, Base64.getDecoder().decode(body));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a staff second-factor secret could not be opened (was its key changed?)", e);
        }
    }

    /** The secret sealed anew under the current key, or null when it already is. */
    String resealed(String sealed) {
        return sealed.startsWith(prefix(current)) ? null : seal(open(sealed));
    }

    private static String prefix(int version) {
        return "k" + version + ":";
    }

    private static Integer parse(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] derive(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec aes(byte[] key) {
        return new SecretKeySpec(key, "AES");
    }
}
