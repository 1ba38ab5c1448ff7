package com.loopin.protection;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.RetryLaterException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Wrong codes are counted per number across codes: asking for a new code does not reset the count (NIST SP
 * 800-63B §3.1.3.2). Past the budget each further wrong code locks the number out for twice as long as the last
 * time, up to the maximum. Only a right code resets it.
 */
@Component
class VerificationLockout {

    private final FailureRepository failures;
    private final ProtectionProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    VerificationLockout(
            FailureRepository failures, ProtectionProperties properties, MeterRegistry meters, Clock clock) {
        this.failures = failures;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    void requireNotLocked(String phoneHash) {
        Instant now = clock.instant();
        failures.lockedUntil(phoneHash).filter(until -> until.isAfter(now)).ifPresent(until -> {
            meters.counter("loopin.limits.hit", "limit", "number_failures").increment();
            throw new RetryLaterException(
                    ErrorCode.VERIFICATION_LOCKED,
                    "Too many wrong codes for this number. Please try again later.",
                    Duration.between(now, until),
                    "number_failures");
        });
    }

    void failed(String phoneHash) {
        Instant now = clock.instant();
        int count = failures.countFailure(phoneHash, now);
        if (count >= properties.failureBudget()) {
            failures.lock(phoneHash, now.plus(lockoutAfter(count)));
        }
    }

    void succeeded(String phoneHash) {
        failures.clear(phoneHash);
    }

    /** The lockout after the given number of consecutive failures (at or past the budget). */
    Duration lockoutAfter(int failures) {
        int doublings = Math.min(30, failures - properties.failureBudget());
        Duration lockout = properties.firstLockout().multipliedBy(1L << doublings);
        return lockout.compareTo(properties.maxLockout()) > 0 ? properties.maxLockout() : lockout;
    }
}
