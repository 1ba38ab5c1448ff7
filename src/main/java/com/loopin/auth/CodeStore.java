package com.loopin.auth;

import com.loopin.shared.ErrorCode;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.RetryLaterException;
import com.loopin.sms.LiveCodes;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores, replaces and verifies hashed codes: one live code per number, a resend cooldown, a few attempts, single
 * use. It sends nothing and calls nothing outside the database; {@link PhoneAuthService} orchestrates.
 */
@Service
class CodeStore implements LiveCodes {

    private final PhoneCodeRepository codes;
    private final CodeGenerator generator;
    private final CodeHasher hasher;
    private final TestNumbers testNumbers;
    private final CodeProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    CodeStore(
            PhoneCodeRepository codes,
            CodeGenerator generator,
            CodeHasher hasher,
            TestNumbers testNumbers,
            CodeProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.meters = meters;
        this.codes = codes;
        this.generator = generator;
        this.hasher = hasher;
        this.testNumbers = testNumbers;
        this.properties = properties;
        this.clock = clock;
    }

    boolean isTestNumber(PhoneNumber phone) {
        return testNumbers.contains(phone);
    }

    /**
     * Replaces the number's code with a new one, unless the last one is unused and younger than the resend
     * cooldown. Test numbers get their fixed code and no cooldown.
     *
     * @throws RetryLaterException within the cooldown; the transaction must roll back
     */
    @Transactional(propagation = Propagation.MANDATORY)
    IssuedCode issue(PhoneNumber phone, CodePurpose purpose) {
        boolean testNumber = testNumbers.contains(phone);
        String code = testNumbers.fixedCodeFor(phone).orElseGet(() -> generator.next(properties.length()));
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.expiry());
        String hash = hasher.hash(phone, purpose, code);
        Instant cooldownStart = now.minus(testNumber ? Duration.ZERO : properties.resendCooldown());
        if (!codes.store(phone.e164(), purpose, hash, now, expiresAt, cooldownStart)) {
            throw cooldown(codes.find(phone.e164())
                    .map(last -> Duration.between(now, last.createdAt().plus(properties.resendCooldown())))
                    .orElse(properties.resendCooldown()));
        }
        return new IssuedCode(phone, purpose, code, hash, testNumber);
    }

    /** The code's SMS could not be sent: it can never verify, and it does not hold the number in its cooldown. */
    @Transactional(propagation = Propagation.MANDATORY)
    void retire(IssuedCode issued) {
        codes.retire(issued.phone().e164(), issued.hash(), clock.instant());
    }

    /**
     * Takes one attempt of the number's live code before it is compared. The attempt's update locks the code's
     * row until the transaction ends, so parallel guesses for one number are compared one after the other.
     *
     * @throws CodeRejectedException when there is no attempt to take; the transaction should still commit
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = CodeRejectedException.class)
    Attempt takeAttempt(PhoneNumber phone, CodePurpose purpose, Runnable beforeRefusing) {
        Instant now = clock.instant();
        int max = properties.maxAttempts();
        return codes.takeAttempt(phone.e164(), purpose, max, now)
                .map(code -> new Attempt(code.id(), code.codeHash(), max - code.attempts()))
                .orElseThrow(() -> {
                    beforeRefusing.run();
                    return whyNoAttempt(phone, purpose, now);
                });
    }

    /** Our own codes are compared with their keyed hash; no database, no provider. */
    boolean matches(Attempt attempt, PhoneNumber phone, CodePurpose purpose, String code) {
        return hasher.matches(attempt.hash(), phone, purpose, code);
    }

    /**
     * Uses the code up after a right answer.
     *
     * @throws CodeRejectedException when another request used it first or a new code replaced it
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = CodeRejectedException.class)
    void consume(Attempt attempt) {
        if (!codes.consume(attempt.codeId(), attempt.hash(), clock.instant())) {
            throw CodeRejectedException.notFound();
        }
    }

    /** The rejection for a wrong answer: how many attempts are left, or none. */
    CodeRejectedException wrongAnswer(Attempt attempt) {
        return attempt.remaining() > 0
                ? CodeRejectedException.wrong(attempt.remaining())
                : CodeRejectedException.attemptsExceeded();
    }

    /** The purpose of the number's code while it is unused (live or expired); empty when there is none. */
    Optional<CodePurpose> unusedPurpose(PhoneNumber phone) {
        return codes.find(phone.e164()).filter(code -> !code.consumed()).map(PhoneCode::purpose);
    }

    /** Asked before the same code is sent again by SMS (WhatsApp fallback): still the one that would verify. */
    @Override
    public boolean isLive(PhoneNumber phone, String code) {
        Instant now = clock.instant();
        return codes.find(phone.e164())
                .filter(current -> !current.consumed()
                        && current.expiresAt().isAfter(now)
                        && current.attempts() < properties.maxAttempts())
                .filter(current -> hasher.matches(current.codeHash(), phone, current.purpose(), code))
                .isPresent();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void forget(PhoneNumber phone) {
        codes.delete(phone.e164());
    }

    private CodeRejectedException whyNoAttempt(PhoneNumber phone, CodePurpose purpose, Instant now) {
        PhoneCode current = codes.find(phone.e164()).orElse(null);
        if (current == null || current.purpose() != purpose || current.consumed()) {
            return CodeRejectedException.notFound();
        }
        if (current.attempts() >= properties.maxAttempts()) {
            return CodeRejectedException.attemptsExceeded();
        }
        if (!current.expiresAt().isAfter(now)) {
            return CodeRejectedException.expired();
        }
        return CodeRejectedException.notFound();
    }

    private RetryLaterException cooldown(Duration wait) {
        meters.counter("loopin.limits.hit", "limit", "resend_cooldown").increment();
        long seconds = RetryLaterException.wholeSeconds(wait);
        return new RetryLaterException(
                ErrorCode.OTP_COOLDOWN,
                "Please wait " + seconds + " seconds before asking for another code.",
                wait,
                "resend_cooldown");
    }

    /** A code just made, still in clear: it goes into one SMS and nowhere else. */
    record IssuedCode(PhoneNumber phone, CodePurpose purpose, String code, String hash, boolean testNumber) {
        @Override
        public String toString() {
            return "IssuedCode[" + purpose + ", testNumber=" + testNumber + "]";
        }
    }

    /** One attempt taken on a live code, before comparing. */
    record Attempt(long codeId, String hash, int remaining) {
        @Override
        public String toString() {
            return "Attempt[code=" + codeId + ", remaining=" + remaining + "]";
        }
    }
}
