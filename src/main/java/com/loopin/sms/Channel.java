package com.loopin.sms;

import java.util.Locale;

/** How a code travels: a text message, or a WhatsApp authentication message. */
public enum Channel {
    SMS,
    WHATSAPP;

    /** {@code sms} or {@code whatsapp}, as the API writes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
