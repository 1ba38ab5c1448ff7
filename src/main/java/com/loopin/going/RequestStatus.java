package com.loopin.going;

import java.util.Locale;

/**
 * A request's life. Live ones ({@code pending}, {@code awaiting_payment}, {@code accepted}, {@code waitlisted}) hold
 * the person's one place in the event's queue; {@code cancelled} and {@code expired} may be asked again, {@code
 * declined} and {@code removed} are final.
 */
public enum RequestStatus {
    PENDING,
    AWAITING_PAYMENT,
    ACCEPTED,
    DECLINED,
    WAITLISTED,
    CANCELLED,
    EXPIRED,
    REMOVED;

    public boolean live() {
        return this == PENDING || this == AWAITING_PAYMENT || this == ACCEPTED || this == WAITLISTED;
    }

    /** Declined by the host or removed: the person may not ask again. */
    public boolean finalForPerson() {
        return this == DECLINED || this == REMOVED;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
