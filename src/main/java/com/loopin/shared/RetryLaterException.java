package com.loopin.shared;

import java.time.Duration;
import java.util.Map;

/** A limit was reached: answered with 429, a {@code Retry-After} header and the seconds to wait. */
public class RetryLaterException extends DomainException {

    private final Duration retryAfter;
    private final String limit;

    public RetryLaterException(ErrorCode code, String message, Duration retryAfter, String limit) {
        super(code, message);
        this.retryAfter = retryAfter;
        this.limit = limit;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    /** A wait in whole seconds, rounded up: a client that waits exactly this long is not refused again. */
    public static long wholeSeconds(Duration wait) {
        long millis = Math.max(0, wait.toMillis());
        return Math.max(1, (millis + 999) / 1000);
    }

    /** Which limit it was, for example {@code ip_code_requests}; apps need not switch on it. */
    public String limit() {
        return limit;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("limit", limit);
    }
}
