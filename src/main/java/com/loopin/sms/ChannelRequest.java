package com.loopin.sms;

import java.util.Locale;
import java.util.Optional;

/**
 * The channel a code request asks for: {@code sms} (the default), {@code whatsapp}, or {@code auto} (WhatsApp first
 * for numbers of {@code WHATSAPP_COUNTRIES}, SMS when WhatsApp fails or reports no delivery in time).
 */
public enum ChannelRequest {
    SMS,
    WHATSAPP,
    AUTO;

    /** Empty for a value that is none of the three; {@link #SMS} when there is no value. */
    public static Optional<ChannelRequest> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(SMS);
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
