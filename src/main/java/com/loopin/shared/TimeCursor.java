package com.loopin.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a list ordered by time and id ended, for the next page's keyset condition: opaque to clients (base64url),
 * checked on the way in (400 {@code INVALID_CURSOR}).
 */
public record TimeCursor(Instant at, String id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for no cursor (the first page) */
    public static TimeCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length == 2 && parts[1].matches("[0-9A-Za-z]{1,32}")) {
                return new TimeCursor(Instant.parse(parts[0]), parts[1]);
            }
        } catch (RuntimeException e) {
            // below
        }
        throw new Invalid();
    }

    /** 400 {@code INVALID_CURSOR}. */
    public static final class Invalid extends DomainException {
        Invalid() {
            super(ErrorCode.INVALID_CURSOR, "The cursor is not one this list gave out; start again without it.");
        }
    }
}
