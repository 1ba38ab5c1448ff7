package com.loopin.protection;

import com.loopin.shared.PhoneHashes;
import com.loopin.shared.PhoneNumber;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What the sign-up and login flows ask before they send a code or check one. */
@Service
public class AbuseProtection {

    private static final Logger log = LoggerFactory.getLogger(AbuseProtection.class);
    private static final double BUDGET_WARNING_SHARE = 0.8;

    private final RateLimiter limiter;
    private final VerificationLockout lockout;
    private final SmsPumpingGuard guard;
    private final PhoneHashes hashes;
    private final ProtectionProperties properties;
    private final MeterRegistry meters;

    AbuseProtection(
            RateLimiter limiter,
            VerificationLockout lockout,
            SmsPumpingGuard guard,
            PhoneHashes hashes,
            ProtectionProperties properties,
            MeterRegistry meters) {
        this.limiter = limiter;
        this.lockout = lockout;
        this.guard = guard;
        this.hashes = hashes;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Checks what must hold before an SMS goes to this number for this client, and counts the send; call {@link
     * #requireNotLocked} first. Give the permit back with {@link #refund} if the SMS then cannot be sent.
     */
    public SendPermit beforeSendingCode(PhoneNumber phone, String clientAddress) {
        guard.check(phone);
        String phoneHash = hashes.of(phone);
        List<Limit> limits = List.of(
                Limit.of(
                        "ip_code_requests",
                        "otp-ip:" + clientAddress,
                        properties.codeRequestsPerIp(),
                        Duration.ofMinutes(5)),
                Limit.of(
                        "number_codes_10_minutes",
                        "otp-num-10m:" + phoneHash,
                        properties.codesPerNumberPer10Minutes(),
                        Duration.ofMinutes(10)),
                Limit.of(
                        "number_codes_day",
                        "otp-num-day:" + phoneHash,
                        properties.codesPerNumberPerDay(),
                        Duration.ofDays(1)),
                Limit.of(
                        "number_prefix_hour",
                        "otp-prefix:" + prefixOf(phone),
                        properties.smsPerPrefixPerHour(),
                        Duration.ofHours(1)),
                Limit.of("sms_budget_hour", "sms-budget-hour", properties.smsPerHour(), Duration.ofHours(1)),
                Limit.of("sms_budget_day", "sms-budget-day", properties.smsPerDay(), Duration.ofDays(1)));
        var hits = limiter.hit(limits);
        warnNearBudget(limits.get(4));
        warnNearBudget(limits.get(5));
        return new SendPermit(hits);
    }

    public void refund(SendPermit permit) {
        limiter.refund(permit.hits());
    }

    /** Before a code is compared: the number must not be locked out, the client must be under its limit. */
    public void beforeCheckingCode(PhoneNumber phone, String clientAddress) {
        lockout.requireNotLocked(hashes.of(phone));
        limiter.hit(List.of(Limit.of(
                "ip_verifications",
                "verify-ip:" + clientAddress,
                properties.verificationsPerIp(),
                Duration.ofHours(1))));
    }

    /** Staff sign-ins from one address: bounds password spraying across many usernames. */
    public void beforeStaffSignIn(String clientAddress) {
        limiter.hit(List.of(Limit.of(
                "ip_staff_sign_ins",
                "staff-ip:" + clientAddress,
                properties.staffSignInsPerIp(),
                Duration.ofMinutes(15))));
    }

    /** Refuses a number that is locked out after too many wrong codes. */
    public void requireNotLocked(PhoneNumber phone) {
        lockout.requireNotLocked(hashes.of(phone));
    }

    public void codeRejected(PhoneNumber phone) {
        lockout.failed(hashes.of(phone));
    }

    public void codeAccepted(PhoneNumber phone) {
        lockout.succeeded(hashes.of(phone));
    }

    private String prefixOf(PhoneNumber phone) {
        String e164 = phone.e164();
        return e164.substring(0, e164.length() - 3);
    }

    private void warnNearBudget(Limit budget) {
        int hits = limiter.hitsNow(budget);
        if (hits == (int) Math.ceil(budget.max() * BUDGET_WARNING_SHARE)) {
            log.warn("SMS budget {} is at {} of {} for this window", budget.name(), hits, budget.max());
            meters.counter("loopin.sms.budget.warnings", "budget", budget.name())
                    .increment();
        }
    }

    /** What a send took from the limits, to give back if the send fails. */
    public record SendPermit(RateLimiter.Hits hits) {}
}
