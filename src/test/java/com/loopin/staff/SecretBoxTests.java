package com.loopin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Second review, finding 10: staff TOTP secrets are sealed under keys of their own, versioned, with rotation. */
class SecretBoxTests {

    static final byte[] SECRET = "twenty-byte-secret!!".getBytes(StandardCharsets.UTF_8);
    final String oldKey = key();
    final String newKey = key();

    @Test
    void aSecretSealedUnderTheOldKeyOpensAfterANewKeyIsPutFirstAndIsSealedAnewUnderIt() {
        String sealed = SecretBox.of("1:" + oldKey, "server-secret", true).seal(SECRET);
        assertThat(sealed).startsWith("k1:");

        var rotated = SecretBox.of("2:" + newKey + ",1:" + oldKey, "server-secret", true);
        assertThat(rotated.open(sealed)).isEqualTo(SECRET);
        String resealed = rotated.resealed(sealed);
        assertThat(resealed).startsWith("k2:");
        assertThat(rotated.resealed(resealed))
                .as("already under the current key")
                .isNull();

        var oldKeyRemoved = SecretBox.of("2:" + newKey, "server-secret", true);
        assertThat(oldKeyRemoved.open(resealed)).isEqualTo(SECRET);
        assertThatThrownBy(() -> oldKeyRemoved.open(sealed)).hasMessageContaining("version 1");
    }

    @Test
    void theServersOtherSecretsNoLongerSealItSoChangingThemLocksNobodyOut() {
        String sealed = SecretBox.of("1:" + oldKey, "server-secret", true).seal(SECRET);
        assertThat(SecretBox.of("1:" + oldKey, "a-rotated-server-secret", true).open(sealed))
                .isEqualTo(SECRET);
    }

    @Test
    void secretsOfEarlierReleasesStillOpenAndAreSealedAnewUnderTheCurrentKey() {
        String legacy = legacySeal("server-secret");
        var box = SecretBox.of("1:" + oldKey, "server-secret", true);
        assertThat(box.open(legacy)).isEqualTo(SECRET);
        assertThat(box.resealed(legacy)).startsWith("k1:");
    }

    @Test
    void productionRefusesToRunWithoutKeysAndEveryoneRefusesMalformedOnes() {
        assertThatThrownBy(() -> SecretBox.of("", "server-secret", true))
                .hasMessageContaining("ENVIRONMENT=prod needs STAFF_TOTP_KEYS");
        assertThat(SecretBox.of("", "", false).seal(SECRET)).as("development").startsWith("k0:");
        for (String malformed : new String[] {"1:short", "0:" + oldKey, "1:" + oldKey + ",1:" + newKey, oldKey}) {
            assertThatThrownBy(() -> SecretBox.of(malformed, "s", false)).hasMessageContaining("VERSION:BASE64");
        }
    }

    /** What the release before versioned keys wrote: v1, under SHA-256 of the server's secret. */
    private static String legacySeal(String serverSecret) {
        try {
            var key = new javax.crypto.spec.SecretKeySpec(
                    java.security.MessageDigest.getInstance("SHA-256")
                            .digest(("loopin staff totp:" + serverSecret).getBytes(StandardCharsets.UTF_8)),
                    "AES");
            byte[] nonce = new byte[12];
            var cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, key, new javax.crypto.spec.GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(SECRET);
            byte[] all = new byte[12 + sealed.length];
            System.arraycopy(sealed, 0, all, 12, sealed.length);
            return "v1:" + Base64.getEncoder().encodeToString(all);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
