package com.loopin.payments;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import java.time.Duration;

/** The gateway could not be reached, timed out or failed on its side: 503 with Retry-After; nothing is kept. */
public class GatewayUnavailableException extends DomainException {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    public GatewayUnavailableException(String message) {
        super(ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE, message);
    }

    @Override
    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
