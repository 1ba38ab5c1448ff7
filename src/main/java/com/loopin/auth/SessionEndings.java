package com.loopin.auth;

import com.loopin.users.UserDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends every session of a user who is deactivated, in the transaction that deactivates them. */
@Component
class SessionEndings {

    private final SessionService sessions;

    SessionEndings(SessionService sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserDeactivated event) {
        sessions.revokeAllOf(event.userId());
    }
}
