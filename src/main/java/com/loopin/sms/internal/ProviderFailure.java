package com.loopin.sms.internal;

/**
 * A provider did not take a message for a reason of its own, not of the recipient's. {@code transient} ones
 * (timeouts, 5xx, 429) are retried; all of them count for the circuit breaker and send the message to the
 * fallback provider, if there is one.
 */
class ProviderFailure extends RuntimeException {

    private final boolean transientFailure;

    private ProviderFailure(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    static ProviderFailure transientFailure(String message, Throwable cause) {
        return new ProviderFailure(message, true, cause);
    }

    static ProviderFailure permanent(String message) {
        return new ProviderFailure(message, false, null);
    }

    boolean isTransient() {
        return transientFailure;
    }
}
