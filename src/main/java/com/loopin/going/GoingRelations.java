package com.loopin.going;

import com.loopin.events.EventRelations;
import com.loopin.events.EventView;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** An event's {@code me.request} and {@code me.ticket}, and the exact venue for an accepted guest. */
@Component
class GoingRelations implements EventRelations {

    private final Guests guests;

    GoingRelations(Guests guests) {
        this.guests = guests;
    }

    @Override
    public Map<String, EventView.Me> of(long userId, Collection<String> eventIds) {
        return guests.relations(userId, eventIds);
    }

    @Override
    public java.util.Set<String> eventIds(long userId, String role) {
        return guests.eventIds(userId, role);
    }
}
