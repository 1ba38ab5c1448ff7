package com.loopin.going;

import com.loopin.shared.AppProperties;
import com.loopin.shared.VersionedKeys;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A ticket's code, what the QR code holds: {@code <ticket id>.<key version>.<HMAC>} (an HMAC-SHA256 of the id under a
 * key of {@code TICKET_KEYS}, 96 bits of it). It names the ticket and nothing about the person. Codes are written
 * with the current key each time a ticket is read; after a rotation (a new key put first) a code written before
 * still checks in for as long as its key stays in the list, and the app shows the new one the next time it reads
 * its tickets.
 */
@Component
class TicketCodes {

    private static final Logger log = LoggerFactory.getLogger(TicketCodes.class);
    private static final Pattern CODE = Pattern.compile("([0-9A-Za-z]{12})\\.([0-9]{1,4})\\.([A-Za-z0-9_-]{16})");
    private static final String DEVELOPMENT_KEY = "1:bG9vcGluLWRldmVsb3BtZW50LXRpY2tldC1rZXktMDE=";

    private final Map<Integer, byte[]> keys = new LinkedHashMap<>();
    private final int current;

    TicketCodes(GoingProperties properties, AppProperties app) {
        var configured = properties.ticketKeys();
        if (configured.isEmpty()) {
            if (app.isProduction()) {
                throw new IllegalStateException("ENVIRONMENT=prod needs TICKET_KEYS, the key that signs ticket codes:"
                        + " 1:BASE64 of 32 random bytes (openssl rand -base64 32)");
            }
            log.warn("TICKET_KEYS is not set: ticket codes are signed under a development key");
            configured = java.util.List.of(DEVELOPMENT_KEY);
        }
        keys.putAll(VersionedKeys.parse(configured, "TICKET_KEYS", 16, 1024));
        this.current = keys.keySet().iterator().next();
    }

    String codeFor(String ticketId) {
        return ticketId + "." + current + "." + mac(keys.get(current), ticketId);
    }

    /** The ticket a code names, when it was written by one of our keys; empty for a forged or altered one. */
    Optional<String> ticketOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var parts = CODE.matcher(code.strip());
        if (!parts.matches()) {
            return Optional.empty();
        }
        byte[] key = keys.get(Integer.parseInt(parts.group(2)));
        if (key == null) {
            return Optional.empty();
        }
        byte[] expected = mac(key, parts.group(1)).getBytes(StandardCharsets.US_ASCII);
        boolean genuine = MessageDigest.isEqual(expected, parts.group(3).getBytes(StandardCharsets.US_ASCII));
        return genuine ? Optional.of(parts.group(1)) : Optional.empty();
    }

    private static String mac(byte[] key, String ticketId) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = hmac.doFinal(("loopin-ticket:" + ticketId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
