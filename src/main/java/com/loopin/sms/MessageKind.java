package com.loopin.sms;

import java.util.Locale;

/** Why a code is sent: each has a text (and, in India, a DLT template) of its own. */
public enum MessageKind {
    SIGNUP,
    LOGIN,
    STAFF_RESEND;

    /** {@code signup}, {@code login}, {@code staff-resend}: the key of its template settings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
