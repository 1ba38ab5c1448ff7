package com.loopin.auth;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SessionService {

    private final AuthSessionRepository sessions;
    private final Clock clock;

    SessionService(AuthSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional
    UUID open(long userId) {
        return sessions.save(new AuthSession(userId, clock.instant())).getId();
    }

    @Transactional
    void revoke(UUID sessionId) {
        sessions.revoke(sessionId, clock.instant());
    }

    @Transactional(readOnly = true)
    boolean isActive(UUID sessionId) {
        return sessions.existsByIdAndRevokedAtIsNull(sessionId);
    }
}
