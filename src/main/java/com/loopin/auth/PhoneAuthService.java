package com.loopin.auth;

import com.loopin.protection.AbuseProtection;
import com.loopin.protection.AbuseProtection.BudgetPermit;
import com.loopin.protection.AbuseProtection.SendPermit;
import com.loopin.pumping.SegmentThrottledException;
import com.loopin.pumping.SmsSegments;
import com.loopin.sessions.RefreshTokenException;
import com.loopin.sessions.Sessions;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.DomainException;
import com.loopin.shared.FieldError;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import com.loopin.shared.ValidationFailedException;
import com.loopin.sms.Channel;
import com.loopin.sms.ChannelRequest;
import com.loopin.sms.ChannelUnavailableException;
import com.loopin.sms.CodeDeliveries;
import com.loopin.sms.MessageKind;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import com.loopin.users.AccountDisabledException;
import com.loopin.users.UserAccount;
import com.loopin.users.UserAlreadyExistsException;
import com.loopin.users.UserManagement;
import com.loopin.users.UserNotFoundException;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of the code flow, and the one place that orders them: ask for a sign-up or login code, then
 * trade it for tokens.
 *
 * <p>A code request is one short transaction (the number's account, its lockout, the new code, the lead and
 * every limit), committed before the SMS leaves; no connection is held while the provider is called. If the SMS
 * cannot be sent, a second short transaction gives everything back. A verification is one transaction too,
 * except with a provider that checks codes itself (Twilio Verify): then the attempt is committed first, the
 * provider is asked outside any transaction, and the outcome is settled in a second one.
 */
@Service
class PhoneAuthService {

    private static final Logger log = LoggerFactory.getLogger(PhoneAuthService.class);

    private final PhoneNumbers phoneNumbers;
    private final UserManagement users;
    private final CodeStore codes;
    private final AbuseProtection protection;
    private final ApplicationEventPublisher events;
    private final SmsSender sms;
    private final Sessions sessions;
    private final TokenService tokens;
    private final CodeProperties codeRules;
    private final MeterRegistry meters;
    private final SmsSegments segments;
    private final TransactionTemplate transaction;
    private final CodeDeliveries deliveries;

    PhoneAuthService(
            PhoneNumbers phoneNumbers,
            UserManagement users,
            CodeStore codes,
            AbuseProtection protection,
            ApplicationEventPublisher events,
            SmsSender sms,
            CodeDeliveries deliveries,
            Sessions sessions,
            TokenService tokens,
            CodeProperties codeRules,
            MeterRegistry meters,
            SmsSegments segments,
            PlatformTransactionManager transactionManager) {
        this.segments = segments;
        this.phoneNumbers = phoneNumbers;
        this.users = users;
        this.codes = codes;
        this.protection = protection;
        this.events = events;
        this.sms = sms;
        this.deliveries = deliveries;
        this.sessions = sessions;
        this.tokens = tokens;
        this.codeRules = codeRules;
        this.meters = meters;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A user whose profile is incomplete may sign up again and continue where they left off. */
    /** @param message the text's language and the app hash the app asked for */
    SentCode requestSignupCode(String number, String client, CodeMessage message) {
        return requestSignupCode(phoneNumbers.parse(number), client, message);
    }

    private SentCode requestSignupCode(PhoneNumber phone, String client, CodeMessage message) {
        return requestCode(phone, client, message.as(MessageKind.SIGNUP), user -> {
            user.ifPresent(PhoneAuthService::requireActive);
            if (user.isPresent() && user.get().profileComplete()) {
                throw new UserAlreadyExistsException();
            }
            return CodePurpose.SIGNUP;
        });
    }

    SentCode requestLoginCode(String number, String client, CodeMessage message) {
        return requestLoginCode(phoneNumbers.parse(number), client, message);
    }

    private SentCode requestLoginCode(PhoneNumber phone, String client, CodeMessage message) {
        return requestCode(phone, client, message.as(MessageKind.LOGIN), user -> {
            requireActive(user.orElseThrow(UserNotFoundException::new));
            return CodePurpose.LOGIN;
        });
    }

    /**
     * A new code for the number's unused one, by the channel asked for (the other one, typically): a sign-up or
     * login code as the last one was, under the same cooldown and limits; the last code dies.
     *
     * @throws CodeRejectedException (OTP_NOT_FOUND) when the number has no unused code to replace
     */
    SentCode resend(String number, String client, CodeMessage message) {
        PhoneNumber phone = phoneNumbers.parse(number);
        CodePurpose purpose = codes.unusedPurpose(phone).orElseThrow(CodeRejectedException::notFound);
        return purpose == CodePurpose.LOGIN
                ? requestLoginCode(phone, client, message)
                : requestSignupCode(phone, client, message);
    }

    /** Staff send a new code to a lead: a login code if the number has an account, else a sign-up code. */
    SentCode resendForStaff(PhoneNumber phone, String client) {
        return requestCode(phone, client, CodeMessage.DEFAULT.as(MessageKind.STAFF_RESEND), user -> {
            user.ifPresent(PhoneAuthService::requireActive);
            return user.isPresent() ? CodePurpose.LOGIN : CodePurpose.SIGNUP;
        });
    }

    /** The first success creates the user and an empty, verified profile. */
    SignedIn verifySignup(String number, String code, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireCodeFormat(code);
        return verify(phone, CodePurpose.SIGNUP, code, client, user -> user.ifPresent(PhoneAuthService::requireActive));
    }

    SignedIn verifyLogin(String number, String code, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireCodeFormat(code);
        return verify(
                phone,
                CodePurpose.LOGIN,
                code,
                client,
                user -> requireActive(user.orElseThrow(UserNotFoundException::new)));
    }

    /** A new access token and a new refresh token for the same session; the presented one is retired. */
    @Transactional(noRollbackFor = RefreshTokenException.class)
    SignedIn refresh(String refreshToken) {
        var session = sessions.rotate(refreshToken);
        UserAccount user = users.findById(session.userId()).orElseThrow(RefreshTokenException::invalid);
        if (!user.active()) {
            throw RefreshTokenException.invalid();
        }
        return new SignedIn(user, tokens.issue(user, session), session.refreshToken());
    }

    /**
     * Deletes the account: profile, pictures, interests, sessions; the lead keeps only a keyed hash, and (through
     * {@link com.loopin.users.UserDeleted}) the audit log keeps what staff did with the number masked and the
     * recorded values removed.
     */
    @Transactional
    void deleteAccount(long userId) {
        sessions.endAllBeforeDeletion(userId);
        PhoneNumber phone = users.delete(userId);
        codes.forget(phone);
        deliveries.forget(phone);
    }

    private SentCode requestCode(
            PhoneNumber phone,
            String client,
            CodeMessage message,
            Function<Optional<UserAccount>, CodePurpose> purposeFor) {
        if (message.channel() == ChannelRequest.WHATSAPP && !sms.offers(Channel.WHATSAPP)) {
            // before anything is counted or stored
            throw new ChannelUnavailableException();
        }
        // the budget first, outside any transaction: a lease that cannot be had leaves nothing to give back
        BudgetPermit budget = codes.isTestNumber(phone) ? null : protection.reserveSmsBudget();
        Issued issued;
        try {
            issued = inOneTransaction(() -> {
                CodePurpose purpose;
                try {
                    Optional<UserAccount> user = users.findByPhone(phone);
                    purpose = purposeFor.apply(user);
                    if (user.isEmpty() && !codes.isTestNumber(phone)) {
                        segments.requireOpen(phone);
                    }
                } catch (UserNotFoundException
                        | UserAlreadyExistsException
                        | AccountDisabledException
                        | SegmentThrottledException refused) {
                    protection.countRefusedCodeRequest(client);
                    return new Refused(refused);
                }
                protection.requireNotLocked(phone);
                CodeStore.IssuedCode code = codes.issue(phone, purpose);
                if (code.testNumber()) {
                    events.publishEvent(new CodeIssued(phone, true));
                    return new Issued(code, null);
                }
                protection.requireSendable(phone);
                events.publishEvent(new CodeIssued(phone, false));
                return new Issued(code, protection.countCodeRequest(phone, client));
            });
        } catch (RuntimeException refusedOrFailed) {
            release(budget);
            throw refusedOrFailed;
        }
        SmsReceipt receipt = null;
        if (!issued.code().testNumber()) {
            receipt = send(issued, message, budget);
            segments.codeSent(phone, ClientAddress.limitKey(client));
        }
        meters.counter(
                        "loopin.otp.codes.sent",
                        "purpose",
                        issued.code().purpose().name().toLowerCase(Locale.ROOT))
                .increment();
        return new SentCode(
                phone,
                codeRules.length(),
                codeRules.expiry(),
                receipt == null
                        ? (message.channel() == ChannelRequest.WHATSAPP ? Channel.WHATSAPP : Channel.SMS)
                        : receipt.channel(),
                receipt == null ? null : receipt.deliveryId());
    }

    /** Outside any transaction: the provider; a failure gives back what the request took. */
    private SmsReceipt send(Issued issued, CodeMessage message, BudgetPermit budget) {
        PhoneNumber phone = issued.code().phone();
        SmsReceipt receipt;
        try {
            receipt = sms.sendVerificationCode(new VerificationSms(
                    phone,
                    issued.code().code(),
                    codeRules.expiry(),
                    message.kind(),
                    message.language(),
                    message.appHash(),
                    message.channel()));
        } catch (RuntimeException e) {
            undo(issued);
            release(budget);
            if (e instanceof SmsDeliveryException) {
                segments.sendFailed(phone);
            }
            throw e;
        }
        if (receipt.messageId() != null) {
            events.publishEvent(new CodeMessageAccepted(phone, receipt.messageId()));
        }
        return receipt;
    }

    private void release(BudgetPermit budget) {
        if (budget != null) {
            protection.releaseSmsBudget(budget);
        }
    }

    private void undo(Issued issued) {
        try {
            transaction.executeWithoutResult(status -> {
                codes.retire(issued.code());
                events.publishEvent(new CodeWithdrawn(issued.code().phone()));
                protection.refund(issued.permit());
            });
        } catch (RuntimeException e) {
            log.warn("Could not give back the limits of a code that was not sent: {}", e.toString());
        }
    }

    private SignedIn verify(
            PhoneNumber phone,
            CodePurpose purpose,
            String code,
            String client,
            Consumer<Optional<UserAccount>> eligibility) {
        if (sms.checksCodes() && !codes.isTestNumber(phone)) {
            Started started = verifying(client, true, () -> begin(phone, purpose, eligibility));
            boolean right = sms.checkCode(phone, code);
            return verifying(client, false, () -> settle(phone, started, right));
        }
        return verifying(client, true, () -> {
            Started started = begin(phone, purpose, eligibility);
            return settle(phone, started, codes.matches(started.attempt(), phone, purpose, code));
        });
    }

    /** The account may verify, the number is not locked out, and one attempt of its live code is taken. */
    private Started begin(PhoneNumber phone, CodePurpose purpose, Consumer<Optional<UserAccount>> eligibility) {
        Optional<UserAccount> user = users.findByPhone(phone);
        eligibility.accept(user);
        CodeStore.Attempt attempt = codes.takeAttempt(phone, purpose, () -> protection.requireNotLocked(phone));
        // after the attempt: its row lock makes parallel guesses see each other's lockout
        protection.requireNotLocked(phone);
        return new Started(attempt, user);
    }

    private SignedIn settle(PhoneNumber phone, Started started, boolean right) {
        CodeStore.Attempt attempt = started.attempt();
        if (!right) {
            events.publishEvent(new WrongCodeEntered(phone));
            protection.codeRejected(phone);
            meters.counter("loopin.otp.verifications", "outcome", "failed").increment();
            throw codes.wrongAnswer(attempt);
        }
        codes.consume(attempt);
        protection.codeAccepted(phone);
        if (!codes.isTestNumber(phone)) {
            segments.codeVerified(phone);
        }
        meters.counter("loopin.otp.verifications", "outcome", "ok").increment();
        UserAccount user = started.user().orElseGet(() -> users.registerVerified(phone));
        events.publishEvent(new CodeVerified(phone));
        return signIn(user);
    }

    /**
     * Runs a verification step in one transaction, counting it against the client's address last (so that row is
     * locked only for the end of it). Refusals commit: the attempt they used and the address's count stay.
     */
    @SuppressWarnings("unchecked")
    private <T> T verifying(String client, boolean count, Supplier<T> work) {
        Object outcome = transaction.execute(status -> {
            Object result;
            try {
                result = work.get();
            } catch (CodeRejectedException | UserNotFoundException | AccountDisabledException refused) {
                result = new Refused(refused);
            }
            if (count) {
                protection.countVerification(client);
            }
            return result;
        });
        if (outcome instanceof Refused refused) {
            throw refused.reason();
        }
        return (T) outcome;
    }

    private Issued inOneTransaction(Supplier<Object> work) {
        Object outcome = transaction.execute(status -> work.get());
        if (outcome instanceof Refused refused) {
            throw refused.reason();
        }
        return (Issued) outcome;
    }

    private SignedIn signIn(UserAccount user) {
        var session = sessions.open(user.id());
        return new SignedIn(user, tokens.issue(user, session), session.refreshToken());
    }

    private void requireCodeFormat(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationFailedException(List.of(new FieldError("otp_code", "The code is required.")));
        }
        if (code.length() != codeRules.length() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ValidationFailedException(
                    List.of(new FieldError("otp_code", "The code must be " + codeRules.length() + " digits.")));
        }
    }

    private static void requireActive(UserAccount user) {
        if (!user.active()) {
            throw new AccountDisabledException();
        }
    }

    /** A refusal decided inside a transaction that must still commit; thrown once it has. */
    private record Refused(DomainException reason) {}

    private record Issued(CodeStore.IssuedCode code, SendPermit permit) {}

    /** A verification under way: the attempt taken, and the account the number has, if any. */
    private record Started(CodeStore.Attempt attempt, Optional<UserAccount> user) {}

    record SignedIn(UserAccount user, TokenService.AccessToken accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "SignedIn[user=" + user.id() + "]";
        }
    }
}
