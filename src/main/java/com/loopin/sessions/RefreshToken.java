package com.loopin.sessions;

import java.time.Instant;
import java.util.UUID;

/** One refresh token of a session, known to the server only by its SHA-256. */
record RefreshToken(long id, UUID sessionId, Instant expiresAt, Instant retiredAt) {}
