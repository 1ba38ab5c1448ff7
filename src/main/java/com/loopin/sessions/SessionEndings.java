package com.loopin.sessions;

import com.loopin.users.UserDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Ends every session of a user who is deactivated, in the transaction that deactivates them. */
@Component
class SessionEndings {

    private final Sessions sessions;

    SessionEndings(Sessions sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserDeactivated event) {
        sessions.revokeAllOf(event.userId());
    }
}
