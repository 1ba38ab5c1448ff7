package com.loopin.events;

import com.loopin.shared.Caller;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may see an event: its host and staff always; others a published, completed or cancelled event, unless a block
 * keeps them apart from its host; a private one only when invited (an invitation, a request or ticket, or a live
 * invitation link). A reader who may not see an event is told it does not exist (404), never that it is forbidden.
 */
@Component
class Visibility {

    private final List<EventAccess> access;

    Visibility(List<EventAccess> access) {
        this.access = access;
    }

    boolean canSee(Event event, Caller caller) {
        return canSee(event, caller, (String) null);
    }

    /** @param inviteToken an invitation link's token, or null */
    boolean canSee(Event event, Caller caller, String inviteToken) {
        return canSee(
                event,
                caller,
                () -> inviteToken != null && access.stream().anyMatch(rule -> rule.linkOpens(event.id(), inviteToken)));
    }

    /** @param linkOpens whether the caller came by a live invitation link; asked only for a private event */
    boolean canSee(Event event, Caller caller, java.util.function.BooleanSupplier linkOpens) {
        Long userId = caller == null ? null : caller.userId();
        if (caller != null && (caller.isStaff() || event.hostedBy(userId))) {
            return true;
        }
        if (!EventStatus.SHOWN.contains(event.status())) {
            return false;
        }
        if (userId != null && access.stream().anyMatch(rule -> rule.apart(userId, event.hostId()))) {
            return false;
        }
        if (!event.isPrivate()) {
            return true;
        }
        return linkOpens.getAsBoolean()
                || (userId != null && access.stream().anyMatch(rule -> rule.invited(event.id(), userId)));
    }

    /** People whose events this reader's lists leave out (blocks, either way). */
    java.util.Set<Long> hiddenHostsFor(Caller caller) {
        if (caller == null || caller.userId() == null || caller.isStaff()) {
            return java.util.Set.of();
        }
        return apartFrom(caller.userId());
    }

    /** Everyone a rule keeps apart from this person (blocks, either way). */
    java.util.Set<Long> apartFrom(long userId) {
        java.util.Set<Long> apart = new java.util.HashSet<>();
        access.forEach(rule -> apart.addAll(rule.apartFrom(userId)));
        return apart;
    }

    /** The exact venue (name, address, coordinates, join link): the host and staff (and accepted guests). */
    static boolean seesExactVenue(Event event, Caller caller) {
        return caller != null && (caller.isStaff() || event.hostedBy(caller.userId()));
    }
}
