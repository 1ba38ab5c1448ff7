package com.loopin.going;

import com.loopin.events.EventAccess;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** A private event opens to the people its host invited, to those holding a request for it, and to a live link. */
@Component
class GoingAccess implements EventAccess {

    private final InvitationRepository invitations;
    private final RequestRepository requests;
    private final Clock clock;

    GoingAccess(InvitationRepository invitations, RequestRepository requests, Clock clock) {
        this.invitations = invitations;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public boolean invited(String eventId, long userId) {
        return invitations.opens(eventId, userId)
                || requests.latest(eventId, userId).isPresent();
    }

    @Override
    public boolean linkOpens(String eventId, String token) {
        return invitations.linkOpens(eventId, token, clock.instant());
    }
}
