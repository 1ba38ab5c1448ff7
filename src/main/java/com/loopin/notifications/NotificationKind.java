package com.loopin.notifications;

import java.util.Locale;

/**
 * The contract's one catalogue of notifications ({@code EVENTS.md}, "Notifications"): to whom each goes is decided
 * where it is triggered; here its category and whether it is urgent (an urgent push ignores quiet hours).
 */
public enum NotificationKind {
    REQUEST_RECEIVED(Category.REQUESTS, false),
    REQUEST_ACCEPTED(Category.REQUESTS, true),
    PAYMENT_DUE(Category.REQUESTS, true),
    REQUEST_DECLINED(Category.REQUESTS, false),
    REQUEST_WAITLISTED(Category.REQUESTS, false),
    WAITLIST_PROMOTED(Category.REQUESTS, true),
    REMOVED_BY_HOST(Category.REQUESTS, false),
    INVITATION_RECEIVED(Category.REQUESTS, false),
    EVENT_RESCHEDULED(Category.CHANGES, true),
    EVENT_CANCELLED(Category.CHANGES, true),
    EVENT_CANCELLED_BY_STAFF(Category.CHANGES, true),
    EVENT_REMINDER_24H(Category.REMINDERS, false),
    EVENT_REMINDER_2H(Category.REMINDERS, true),
    HOST_MESSAGE(Category.MESSAGES, false),
    PAYMENT_REFUNDED(Category.REQUESTS, false),
    PAYOUT_SENT(Category.REQUESTS, false),
    /** A staff campaign (an addition to the contract's catalogue): only to people who turned marketing on. */
    ANNOUNCEMENT(Category.MARKETING, false);

    private final Category category;
    private final boolean urgent;

    NotificationKind(Category category, boolean urgent) {
        this.category = category;
        this.urgent = urgent;
    }

    public Category category() {
        return category;
    }

    public boolean urgent() {
        return urgent;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NotificationKind of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
