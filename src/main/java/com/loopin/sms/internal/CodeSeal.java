package com.loopin.sms.internal;

import com.loopin.shared.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps a code encrypted (AES-256-GCM) for the seconds a WhatsApp delivery waits for its report, so that the SMS
 * fallback can carry the same code from any instance. The key is derived from the server's secret; a code that
 * cannot be opened (the secret changed meanwhile) is simply not sent again.
 */
class CodeSeal {

    private final SecretKeySpec key;

    CodeSeal(String serverSecret) {
        try {
            byte[] derived = MessageDigest.getInstance("SHA-256")
                    .digest(("loopin code seal:" + serverSecret).getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(derived, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String seal(String code) {
        return Base64.getEncoder().encodeToString(AesGcm.seal(key, code.getBytes(StandardCharsets.UTF_8)));
    }

    Optional<String> open(String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new String(AesGcm.open(key, Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
