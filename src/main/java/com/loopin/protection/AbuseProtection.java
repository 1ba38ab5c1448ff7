package com.loopin.protection;

import com.loopin.shared.ClientAddress;
import com.loopin.shared.PhoneHashes;
import com.loopin.shared.PhoneNumber;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the sign-up and login flows ask before they send a code or check one.
 *
 * <p>A code request uses them in this order: {@link #requireSendable} (no database), {@link #reserveSmsBudget}
 * (outside any transaction; memory, now and then one short lease), then, inside the request's one transaction,
 * {@link #requireNotLocked} and {@link #countCodeRequest} (one statement for every limit). If the SMS then
 * cannot be sent, {@link #refund} and {@link #releaseSmsBudget} give everything back.
 */
@Service
public class AbuseProtection {

    /** Wrong staff passwords from one address for one account before that address is locked out of it. */
    public static final int STAFF_FAILURES_PER_ADDRESS = 5;

    /**
     * The window failures are counted in: five within the current window and the one before lock the address out, so
     * five in one window lock it for 15 to 30 minutes (never only until that window's end).
     */
    public static final Duration STAFF_FAILURE_WINDOW = Duration.ofMinutes(15);

    private final RateLimiter limiter;
    private final VerificationLockout lockout;
    private final SendableNumbers sendable;
    private final PhoneHashes hashes;
    private final ProtectionProperties properties;
    private final List<SmsBudget> budgets;
    private final CounterRepository counters;
    private final Clock clock;

    AbuseProtection(
            RateLimiter limiter,
            VerificationLockout lockout,
            SendableNumbers sendable,
            PhoneHashes hashes,
            ProtectionProperties properties,
            CounterRepository counters,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            Clock clock) {
        this.limiter = limiter;
        this.lockout = lockout;
        this.sendable = sendable;
        this.hashes = hashes;
        this.properties = properties;
        this.budgets = SmsBudget.of(properties, counters, new TransactionTemplate(transactions), meters, clock);
        this.counters = counters;
        this.clock = clock;
    }

    /** Refuses countries we do not serve and numbers that are not mobiles; asks nothing of the database. */
    public void requireSendable(PhoneNumber phone) {
        sendable.check(phone);
    }

    /**
     * Takes one send from the service-wide SMS budgets. Call it outside any transaction.
     *
     * @throws com.loopin.shared.RetryLaterException when a budget is spent
     */
    public BudgetPermit reserveSmsBudget() {
        List<Instant> taken = new ArrayList<>();
        try {
            for (SmsBudget budget : budgets) {
                taken.add(budget.take());
            }
        } catch (RuntimeException e) {
            release(taken);
            throw e;
        }
        return new BudgetPermit(List.copyOf(taken));
    }

    public void releaseSmsBudget(BudgetPermit permit) {
        release(permit.windows());
    }

    /**
     * Counts a code request against the client's and the number's limits, in the caller's transaction: one
     * statement for all of them. When one is full it throws and the transaction must roll back.
     */
    public SendPermit countCodeRequest(PhoneNumber phone, String clientAddress) {
        String phoneHash = hashes.of(phone);
        return new SendPermit(limiter.hit(List.of(
                addressLimit(clientAddress),
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
                        Duration.ofHours(1)))));
    }

    /**
     * A code request refused before any code was made (unknown number, account already complete) still counts
     * against the client's address, so enumerating numbers is as slow as asking for codes.
     */
    public void countRefusedCodeRequest(String clientAddress) {
        limiter.hit(List.of(addressLimit(clientAddress)));
    }

    public void refund(SendPermit permit) {
        limiter.refund(permit.hits());
    }

    /** A code is about to be compared (or a number looked up to compare one): the client must be under its limit. */
    public void countVerification(String clientAddress) {
        limiter.hit(List.of(Limit.of(
                "ip_verifications",
                "verify-ip:" + ClientAddress.limitKey(clientAddress),
                properties.verificationsPerIp(),
                Duration.ofHours(1))));
    }

    /** Staff sign-ins from one address: bounds password spraying across many usernames. */
    public void beforeStaffSignIn(String clientAddress) {
        limiter.hit(List.of(Limit.of(
                "ip_staff_sign_ins",
                "staff-ip:" + ClientAddress.limitKey(clientAddress),
                properties.staffSignInsPerIp(),
                Duration.ofMinutes(15))));
    }

    /**
     * True while wrong passwords from this address have locked it out of this staff account. The lockout is per
     * account and address, so nobody can lock a member out by knowing the username; the account-wide lockout
     * (staff module) stays for guesses spread over many addresses.
     */
    public boolean staffSignInLockedOut(long staffId, String clientAddress) {
        Limit limit = staffFailures(staffId, clientAddress);
        Instant current = limit.window().startOf(clock.instant());
        // this window's failures and the last one's: a lockout must not end at a window's edge, a second after the
        // fifth wrong password (a fixed window alone would allow five more guesses at once)
        int failures = counters.hits(limit.key(), current)
                + counters.hits(limit.key(), current.minus(limit.window().length()));
        return failures >= limit.max();
    }

    /** A wrong staff password from this address for this account. */
    public void countStaffFailure(long staffId, String clientAddress) {
        Limit limit = staffFailures(staffId, clientAddress);
        counters.tryTake(limit.key(), limit.window().startOf(clock.instant()), 1, Integer.MAX_VALUE);
    }

    /** A right password from this address: its earlier wrong ones no longer count ("in a row", like the account's). */
    public void clearStaffFailures(long staffId, String clientAddress) {
        Limit limit = staffFailures(staffId, clientAddress);
        Instant current = limit.window().startOf(clock.instant());
        counters.reset(limit.key(), current);
        counters.reset(limit.key(), current.minus(limit.window().length()));
    }

    private static Limit staffFailures(long staffId, String clientAddress) {
        String address = clientAddress == null ? "local" : ClientAddress.limitKey(clientAddress);
        return Limit.of(
                "staff_failures",
                "staff-fail:" + staffId + ":" + address,
                STAFF_FAILURES_PER_ADDRESS,
                STAFF_FAILURE_WINDOW);
    }

    /** A picture upload by an app user: bounds how fast one account can fill the storage. */
    public void countPictureUpload(long userId, int perHour) {
        limiter.hit(List.of(Limit.of("picture_uploads_hour", "picture-user:" + userId, perHour, Duration.ofHours(1))));
    }

    /**
     * Something a person creates for others to see (an event; later requests, invitations, reports): bounds how much
     * one account can create per hour and per day.
     *
     * @param action names the limits ({@code event_creations_hour}, {@code …_day})
     */
    public void countPersonAction(String action, long userId, int perHour, int perDay) {
        limiter.hit(List.of(
                Limit.of(action + "_hour", action + "-user-h:" + userId, perHour, Duration.ofHours(1)),
                Limit.of(action + "_day", action + "-user-d:" + userId, perDay, Duration.ofDays(1))));
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

    private Limit addressLimit(String clientAddress) {
        return Limit.of(
                "ip_code_requests",
                "otp-ip:" + ClientAddress.limitKey(clientAddress),
                properties.codeRequestsPerIp(),
                Duration.ofMinutes(5));
    }

    private void release(List<Instant> windows) {
        for (int i = 0; i < windows.size(); i++) {
            budgets.get(i).giveBack(windows.get(i));
        }
    }

    private String prefixOf(PhoneNumber phone) {
        String e164 = phone.e164();
        return e164.substring(0, e164.length() - 3);
    }

    /** What a code request took from the limits, to give back if its SMS cannot be sent. */
    public record SendPermit(RateLimiter.Hits hits) {}

    /** The windows a send was taken from, one per SMS budget. */
    public record BudgetPermit(List<Instant> windows) {}
}
