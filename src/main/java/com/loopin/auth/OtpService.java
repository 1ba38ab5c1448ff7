package com.loopin.auth;

import com.loopin.leads.Leads;
import com.loopin.protection.AbuseProtection;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.RetryLaterException;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues codes and checks them: one live code per number, a resend cooldown, a few attempts, single use. */
@Service
class OtpService {

    private final PhoneCodeRepository codes;
    private final CodeGenerator generator;
    private final CodeHasher hasher;
    private final ReviewNumbers reviewNumbers;
    private final Leads leads;
    private final AbuseProtection protection;
    private final SmsSender sms;
    private final OtpProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    OtpService(
            PhoneCodeRepository codes,
            CodeGenerator generator,
            CodeHasher hasher,
            ReviewNumbers reviewNumbers,
            Leads leads,
            AbuseProtection protection,
            SmsSender sms,
            OtpProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.codes = codes;
        this.generator = generator;
        this.hasher = hasher;
        this.reviewNumbers = reviewNumbers;
        this.leads = leads;
        this.protection = protection;
        this.sms = sms;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    boolean isReviewNumber(PhoneNumber phone) {
        return reviewNumbers.contains(phone);
    }

    /** Refuses early, before any limit is counted, when the number's last code is too recent. */
    @Transactional(readOnly = true)
    void requireCooldownOver(PhoneNumber phone) {
        Instant now = clock.instant();
        codes.findByPhoneNumber(phone.e164())
                .filter(code -> !code.isConsumed())
                .map(code -> Duration.between(now, code.getCreatedAt().plus(properties.resendCooldown())))
                .filter(wait -> wait.isPositive())
                .ifPresent(wait -> {
                    throw cooldown(wait);
                });
    }

    /**
     * Replaces the number's code with a new one and sends it. Runs in the caller's transaction, so a send that
     * fails leaves neither a new code nor a counted request behind. Review numbers get their fixed code and no SMS.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    CodeSent send(PhoneNumber phone, CodePurpose purpose) {
        boolean review = reviewNumbers.contains(phone);
        String code = reviewNumbers.fixedCodeFor(phone).orElseGet(() -> generator.next(properties.length()));
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.expiry());
        String hash = hasher.hash(phone, purpose, code);
        Duration cooldown = review ? Duration.ZERO : properties.resendCooldown();
        boolean created = codes.insertIfAbsent(phone.e164(), purpose.name(), hash, now, expiresAt) == 1;
        if (!created && codes.replace(phone.e164(), purpose, hash, now, expiresAt, now.minus(cooldown)) == 0) {
            throw cooldown(cooldown);
        }
        String messageId = review
                ? null
                : sms.sendVerificationCode(new VerificationSms(phone, code, properties.expiry()))
                        .messageId();
        leads.codeSent(phone, review, messageId);
        meters.counter("loopin.otp.codes.sent", "purpose", purpose.name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        return new CodeSent(phone, properties.length(), properties.expiry());
    }

    /**
     * Uses up the code if it is right. An attempt is taken before the comparison, so parallel guesses can never
     * try more than the allowed number between them.
     *
     * @throws CodeRejectedException when it is not; the caller's transaction must still commit
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = CodeRejectedException.class)
    void verify(PhoneNumber phone, CodePurpose purpose, String code) {
        Instant now = clock.instant();
        if (codes.takeAttempt(phone.e164(), purpose, properties.maxAttempts(), now) == 0) {
            throw whyNoAttempt(phone, purpose, now);
        }
        PhoneCode current = codes.findByPhoneNumber(phone.e164()).orElseThrow(OtpNotFoundException::new);
        if (!matches(current, phone, purpose, code)) {
            leads.verificationFailed(phone);
            meters.counter("loopin.otp.verifications", "outcome", "failed").increment();
            protection.codeRejected(phone);
            int remaining = properties.maxAttempts() - current.getAttempts();
            throw remaining > 0 ? new OtpInvalidException(remaining) : new OtpAttemptsExceededException();
        }
        if (codes.consume(current.getId(), current.getCodeHash(), now) == 0) {
            throw new OtpNotFoundException();
        }
        protection.codeAccepted(phone);
        meters.counter("loopin.otp.verifications", "outcome", "ok").increment();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void forget(PhoneNumber phone) {
        codes.deleteByPhone(phone.e164());
    }

    /** Our own codes are compared with their hash; a provider that makes its codes (Twilio Verify) is asked. */
    private boolean matches(PhoneCode current, PhoneNumber phone, CodePurpose purpose, String code) {
        if (sms.checksCodes() && !reviewNumbers.contains(phone)) {
            return sms.checkCode(phone, code);
        }
        return hasher.matches(current.getCodeHash(), phone, purpose, code);
    }

    private CodeRejectedException whyNoAttempt(PhoneNumber phone, CodePurpose purpose, Instant now) {
        PhoneCode current = codes.findByPhoneNumber(phone.e164()).orElse(null);
        if (current == null || current.getPurpose() != purpose || current.isConsumed()) {
            return new OtpNotFoundException();
        }
        if (current.getAttempts() >= properties.maxAttempts()) {
            return new OtpAttemptsExceededException();
        }
        if (!current.getExpiresAt().isAfter(now)) {
            return new OtpExpiredException();
        }
        return new OtpNotFoundException();
    }

    private RetryLaterException cooldown(Duration wait) {
        meters.counter("loopin.limits.hit", "limit", "resend_cooldown").increment();
        long seconds = Math.max(1, wait.toSeconds());
        return new RetryLaterException(
                ErrorCode.OTP_COOLDOWN,
                "Please wait " + seconds + " seconds before asking for another code.",
                Duration.ofSeconds(seconds),
                "resend_cooldown");
    }
}
