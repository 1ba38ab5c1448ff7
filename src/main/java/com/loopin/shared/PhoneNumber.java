package com.loopin.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phone number already checked by {@link PhoneNumbers}, in E.164 form ({@code +916205829376}).
 *
 * <p>{@link #toString()} masks all but the last four digits so that a number dropped into a log line by
 * accident does not leak; call {@link #e164()} where the full number is really wanted.
 */
public record PhoneNumber(String e164) {

    /** Compiled once: {@code String.matches} compiled it on every construction, several per code request. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number");
        }
    }

    public String masked() {
        int keep = Math.min(4, e164.length() - 1);
        return "+" + "*".repeat(e164.length() - 1 - keep) + e164.substring(e164.length() - keep);
    }

    @Override
    public String toString() {
        return masked();
    }
}
