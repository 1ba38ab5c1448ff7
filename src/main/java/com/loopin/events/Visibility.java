package com.loopin.events;

import com.loopin.shared.Caller;

/**
 * Who may see an event: its host and staff always; others a published, completed or cancelled event that is not
 * private (private events: their host only, until invitations arrive with the going module). A reader who may not
 * see an event is told it does not exist (404), never that it is forbidden.
 */
final class Visibility {

    private Visibility() {}

    static boolean canSee(Event event, Caller caller) {
        if (caller != null && (caller.isStaff() || event.hostedBy(caller.userId()))) {
            return true;
        }
        return EventStatus.SHOWN.contains(event.status()) && !event.isPrivate();
    }

    /** The exact venue (name, address, coordinates, join link): the host and staff (and, later, accepted guests). */
    static boolean seesExactVenue(Event event, Caller caller) {
        return caller != null && (caller.isStaff() || event.hostedBy(caller.userId()));
    }
}
