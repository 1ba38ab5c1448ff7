package com.loopin.events;

import java.util.Locale;
import java.util.Set;

/**
 * An event's life: {@code draft → published → completed}, or {@code cancelled} from a draft or a published event.
 * The transitions live here and nowhere else; {@link EventRepository#changeStatus} applies one with a statement
 * that names the status it expects, so two parallel changes cannot both win.
 */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    COMPLETED,
    CANCELLED;

    public boolean canBecome(EventStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED || next == CANCELLED;
            case PUBLISHED -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    /** Whether the host may still change its fields. */
    public boolean editable() {
        return this == DRAFT || this == PUBLISHED;
    }

    /** Statuses whose events people other than the host can see (drafts are the host's alone). */
    static final Set<EventStatus> SHOWN = Set.of(PUBLISHED, COMPLETED, CANCELLED);

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
