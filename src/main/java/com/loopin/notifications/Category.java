package com.loopin.notifications;

import java.util.Locale;

/** What a person can turn off for pushes (the inbox keeps every item): the contract's {@code categories}. */
public enum Category {
    REQUESTS,
    REMINDERS,
    CHANGES,
    MESSAGES,
    MARKETING;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
