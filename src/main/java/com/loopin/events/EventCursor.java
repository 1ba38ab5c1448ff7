package com.loopin.events;

import com.loopin.shared.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Where a list page ended: the last event's sort keys and id, for the next page's keyset condition. Opaque to
 * clients (base64url), checked on the way in (400 {@code INVALID_CURSOR}); the order is total (the id breaks ties),
 * so a page never skips or repeats an event while others are added.
 *
 * @param order which list order it belongs to: a cursor of another order is refused
 * @param startsAt the last event's start
 * @param rank the last event's {@link Chord} to the point (order {@code distance}) or interest overlap ({@code for_you});
 *     else 0
 */
record EventCursor(String order, Instant startsAt, double rank, String id) {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z]{8}");

    String encode() {
        String plain = order + "|" + startsAt.getEpochSecond() + "." + startsAt.getNano() + "|" + rank + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static EventCursor decode(String cursor, String expectedOrder) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            String[] instant = parts[1].split("\\.", -1);
            var decoded = new EventCursor(
                    parts[0],
                    Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1])),
                    Double.parseDouble(parts[2]),
                    parts[3]);
            if (parts.length == 4
                    && decoded.order.equals(expectedOrder)
                    && ID.matcher(decoded.id).matches()
                    && Double.isFinite(decoded.rank)) {
                return decoded;
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | java.time.DateTimeException e) {
            // below
        }
        throw new EventRefusedException(
                ErrorCode.INVALID_CURSOR, "The cursor is not one this list gave out; start again without it.");
    }
}
