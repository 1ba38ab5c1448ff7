package com.loopin.payments.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Razorpay's signatures: hex HMAC-SHA256, compared in constant time. */
final class HmacSignatures {

    private HmacSignatures() {}

    /** The app's checkout callback: over {@code order_id|payment_id}, keyed by the API key secret. */
    static boolean checkoutValid(String keySecret, String orderId, String paymentId, String signature) {
        if (orderId == null || paymentId == null) {
            return false;
        }
        return matches(keySecret, (orderId + "|" + paymentId).getBytes(StandardCharsets.UTF_8), signature);
    }

    /** A webhook: over the raw body, keyed by the webhook secret. */
    static boolean webhookValid(String webhookSecret, byte[] body, String signature) {
        return matches(webhookSecret, body, signature);
    }

    static String sign(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static boolean matches(String secret, byte[] data, String signature) {
        if (secret == null || secret.isEmpty() || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] expected = sign(secret, data).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}
