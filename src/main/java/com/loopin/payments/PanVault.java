package com.loopin.payments;

import com.loopin.shared.AesGcm;
import com.loopin.shared.AppProperties;
import com.loopin.shared.VersionedKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps hosts' PANs sealed (AES-256-GCM) under keys of their own, {@code PAYOUT_PAN_KEYS} ({@code 2:BASE64,1:BASE64},
 * the current first): tax reporting needs the PAN back, nothing else does. A sealed PAN names its key's version, so
 * keys can be rotated. Required in production once payments are configured.
 */
@Component
class PanVault {

    private static final Logger log = LoggerFactory.getLogger(PanVault.class);
    private static final String DEVELOPMENT_KEY = "1:bG9vcGluLWRldmVsb3BtZW50LXBhbi1rZXktMDAwMDE=";

    private final Map<Integer, byte[]> keys;
    private final int current;

    PanVault(PaymentProperties properties, AppProperties app) {
        var configured = properties.panKeys();
        if (configured.isEmpty()) {
            if (app.isProduction() && properties.razorpay().configured()) {
                throw new IllegalStateException("ENVIRONMENT=prod with payments needs PAYOUT_PAN_KEYS, the key that"
                        + " seals hosts' PANs: 1:BASE64 of 32 random bytes (openssl rand -base64 32)");
            }
            if (properties.razorpay().configured()) {
                log.warn("PAYOUT_PAN_KEYS is not set: hosts' PANs are sealed under a development key");
            }
            configured = java.util.List.of(DEVELOPMENT_KEY);
        }
        this.keys = VersionedKeys.parse(configured, "PAYOUT_PAN_KEYS", 32, 32);
        this.current = keys.keySet().iterator().next();
    }

    String seal(String pan) {
        byte[] sealed = AesGcm.seal(key(current), pan.getBytes(StandardCharsets.UTF_8));
        return current + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    Optional<String> open(String sealed) {
        try {
            String[] parts = sealed.split(":", 2);
            byte[] key = keys.get(Integer.parseInt(parts[0]));
            if (key == null) {
                return Optional.empty();
            }
            byte[] plain = AesGcm.open(
                    new SecretKeySpec(key, "AES"), Base64.getDecoder().decode(parts[1]));
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private SecretKeySpec key(int version) {
        return new SecretKeySpec(keys.get(version), "AES");
    }
}
