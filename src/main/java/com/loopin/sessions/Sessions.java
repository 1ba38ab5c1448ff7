package com.loopin.sessions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and their refresh tokens. A session is one login on one device and the family of every refresh token
 * issued from it: rotating retires the old token, and presenting a retired one again (outside the short grace
 * window) means it was copied, so the whole family is revoked (RFC 9700 §4.14.2).
 */
@Service
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    private static final int TOKEN_BYTES = 32;

    private final SessionRepository sessions;
    private final RefreshProperties properties;
    private final EndedSessions ended;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Sessions(SessionRepository sessions, RefreshProperties properties, EndedSessions ended, Clock clock) {
        this.ended = ended;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public OpenedSession open(long userId) {
        Instant now = clock.instant();
        AuthSession session = AuthSession.open(userId, now.plus(properties.absoluteLifetime()));
        sessions.insert(session, now);
        return opened(session, newRefreshToken(session, now));
    }

    /**
     * Trades a refresh token for a new one in the same session. The session's row is locked first, so parallel
     * refreshes of one session happen one after the other, and a session never has more than one live refresh
     * token: within the grace window a repeated refresh retires the successor the first one got.
     */
    @Transactional(noRollbackFor = RefreshTokenException.class)
    public OpenedSession rotate(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken presented = find(refreshToken);
        AuthSession session = sessions.lock(presented.sessionId()).orElseThrow(RefreshTokenException::invalid);
        if (!session.isLive(now) || !presented.expiresAt().isAfter(now)) {
            throw RefreshTokenException.invalid();
        }
        if (presented.retiredAt() == null && sessions.retireRefreshToken(presented.id(), now)) {
            return opened(session, newRefreshToken(session, now));
        }
        Instant retiredAt = sessions.refreshTokenRetiredAt(presented.id());
        if (!properties.reuseInterval().isZero()
                && !retiredAt.plus(properties.reuseInterval()).isBefore(now)) {
            sessions.retireRefreshTokensOf(session.id(), now);
            return opened(session, newRefreshToken(session, now));
        }
        revoke(session.id());
        log.warn("Refresh token reuse detected: session {} of user {} revoked", session.id(), session.userId());
        throw RefreshTokenException.reused();
    }

    /**
     * Logging out with a refresh token (no access token at hand): its session ends, or with {@code everywhere}
     * every session of its user. A retired or expired token is refused.
     */
    @Transactional
    public void endWithRefreshToken(String refreshToken, boolean everywhere) {
        AuthSession session = sessionOf(refreshToken);
        if (everywhere) {
            revokeAllOf(session.userId());
        } else {
            revoke(session.id());
        }
    }

    private AuthSession sessionOf(String refreshToken) {
        Instant now = clock.instant();
        RefreshToken presented = find(refreshToken);
        AuthSession session = sessions.find(presented.sessionId()).orElseThrow(RefreshTokenException::invalid);
        if (presented.retiredAt() != null || !presented.expiresAt().isAfter(now) || !session.isLive(now)) {
            throw RefreshTokenException.invalid();
        }
        return session;
    }

    @Transactional
    public void revoke(UUID sessionId) {
        if (sessions.revoke(sessionId, clock.instant())) {
            ended.ending(List.of(sessionId));
        }
    }

    @Transactional
    public void revokeAllOf(long userId) {
        List<UUID> live = sessions.liveIdsOf(userId);
        sessions.revokeAllOf(userId, clock.instant());
        ended.ending(live);
    }

    /** The account is about to be deleted with its sessions: the other instances learn of it from ended_session. */
    @Transactional
    public void endAllBeforeDeletion(long userId) {
        List<UUID> live = sessions.liveIdsOf(userId);
        sessions.rememberEnded(live, clock.instant());
        ended.ending(live);
    }

    /**
     * Asked on every authenticated request, so it is answered from memory: the sessions that ended are known to
     * every instance (see {@link EndedSessions}); a token never outlives its session's absolute lifetime.
     */
    public boolean isActive(UUID sessionId) {
        return !ended.isEnded(sessionId);
    }

    private static OpenedSession opened(AuthSession session, String refreshToken) {
        return new OpenedSession(session.userId(), session.id(), refreshToken, session.expiresAt());
    }

    private RefreshToken find(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw RefreshTokenException.invalid();
        }
        return sessions.findRefreshToken(sha256(refreshToken)).orElseThrow(RefreshTokenException::invalid);
    }

    private String newRefreshToken(AuthSession session, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant idleEnd = now.plus(properties.idleLifetime());
        Instant expiresAt = idleEnd.isBefore(session.expiresAt()) ? idleEnd : session.expiresAt();
        sessions.insertRefreshToken(session.id(), sha256(token), now, expiresAt);
        sessions.markUsed(session.id(), now);
        return token;
    }

    /** Refresh tokens carry 256 random bits, so a plain hash is enough: there is nothing to guess. */
    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record OpenedSession(long userId, UUID sessionId, String refreshToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "OpenedSession[user=" + userId + ", session=" + sessionId + "]";
        }
    }
}
