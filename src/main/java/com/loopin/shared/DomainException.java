package com.loopin.shared;

import java.time.Duration;
import java.util.Map;

/**
 * A refusal the caller can act on. It names its {@link ErrorCode}; the message is written for people and is
 * shown to the client as it is, so it never holds secrets or internals.
 */
public abstract class DomainException extends RuntimeException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** How long the caller should wait before trying again; null when waiting does not help. */
    public Duration retryAfter() {
        return null;
    }

    /** Extra machine-readable facts for the problem body, such as {@code attempts_remaining}. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
