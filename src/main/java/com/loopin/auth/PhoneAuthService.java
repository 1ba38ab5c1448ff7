package com.loopin.auth;

import com.loopin.leads.Leads;
import com.loopin.protection.AbuseProtection;
import com.loopin.shared.FieldError;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.AccountDisabledException;
import com.loopin.users.UserAccount;
import com.loopin.users.UserManagement;
import com.loopin.users.UserNotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of the original flow: ask for a sign-up or login code, then trade it for tokens.
 *
 * <p>The limits are taken first, each in a short transaction of its own, and only then does the main
 * transaction begin. Nesting them would hold two pooled connections per request, and under load every request
 * would wait for a connection held by another (found by {@code parallelWrongGuessesCannotTryMoreThanTheLimit}).
 */
@Service
class PhoneAuthService {

    private final PhoneNumbers phoneNumbers;
    private final UserManagement users;
    private final OtpService codes;
    private final AbuseProtection protection;
    private final Leads leads;
    private final SessionService sessions;
    private final TokenService tokens;
    private final OtpProperties otp;
    private final TransactionTemplate transaction;

    PhoneAuthService(
            PhoneNumbers phoneNumbers,
            UserManagement users,
            OtpService codes,
            AbuseProtection protection,
            Leads leads,
            SessionService sessions,
            TokenService tokens,
            OtpProperties otp,
            PlatformTransactionManager transactionManager) {
        this.phoneNumbers = phoneNumbers;
        this.users = users;
        this.codes = codes;
        this.protection = protection;
        this.leads = leads;
        this.sessions = sessions;
        this.tokens = tokens;
        this.otp = otp;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A user whose profile is incomplete may sign up again and continue where they left off. */
    CodeSent requestSignupCode(String number, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        users.findByPhone(phone).ifPresent(user -> {
            requireActive(user);
            if (user.profileComplete()) {
                throw new UserAlreadyExistsException();
            }
        });
        return sendCode(phone, CodePurpose.SIGNUP, client);
    }

    CodeSent requestLoginCode(String number, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireActive(users.findByPhone(phone).orElseThrow(UserNotFoundException::new));
        return sendCode(phone, CodePurpose.LOGIN, client);
    }

    /** The first success creates the user and an empty, verified profile. */
    SignedIn verifySignup(String number, String code, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireCodeFormat(code);
        users.findByPhone(phone).ifPresent(PhoneAuthService::requireActive);
        protection.beforeCheckingCode(phone, client);
        return committingRejections(() -> {
            codes.verify(phone, CodePurpose.SIGNUP, code);
            UserAccount user = users.registerVerified(phone);
            leads.verifiedByCode(phone);
            return signIn(user);
        });
    }

    SignedIn verifyLogin(String number, String code, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireCodeFormat(code);
        requireActive(users.findByPhone(phone).orElseThrow(UserNotFoundException::new));
        protection.beforeCheckingCode(phone, client);
        return committingRejections(() -> {
            codes.verify(phone, CodePurpose.LOGIN, code);
            leads.verifiedByCode(phone);
            return signIn(users.findByPhone(phone).orElseThrow(UserNotFoundException::new));
        });
    }

    /** A new access token and a new refresh token for the same session; the presented one is retired. */
    @Transactional(noRollbackFor = RefreshTokenException.class)
    SignedIn refresh(String refreshToken) {
        var session = sessions.rotate(refreshToken);
        UserAccount user = users.findById(session.userId()).orElseThrow(RefreshTokenException::invalid);
        if (!user.active()) {
            throw RefreshTokenException.invalid();
        }
        return new SignedIn(user, tokens.issue(user, session.sessionId()), session.refreshToken());
    }

    /** Deletes the account: profile, pictures, interests, sessions; the lead keeps only a keyed hash. */
    @Transactional
    void deleteAccount(long userId) {
        PhoneNumber phone = users.delete(userId);
        codes.forget(phone);
        leads.forget(phone);
    }

    /** Staff send a new code to a lead: a login code if the number has an account, else a sign-up code. */
    CodeSent resendForStaff(PhoneNumber phone, String client) {
        var user = users.findByPhone(phone);
        user.ifPresent(PhoneAuthService::requireActive);
        return sendCode(phone, user.isPresent() ? CodePurpose.LOGIN : CodePurpose.SIGNUP, client);
    }

    private CodeSent sendCode(PhoneNumber phone, CodePurpose purpose, String client) {
        protection.requireNotLocked(phone);
        if (codes.isReviewNumber(phone)) {
            return transaction.execute(status -> codes.send(phone, purpose));
        }
        codes.requireCooldownOver(phone);
        var permit = protection.beforeSendingCode(phone, client);
        try {
            return transaction.execute(status -> codes.send(phone, purpose));
        } catch (RuntimeException e) {
            protection.refund(permit);
            throw e;
        }
    }

    /** Runs the work in one transaction that commits even when the code is rejected, so the attempt counts. */
    private SignedIn committingRejections(java.util.function.Supplier<SignedIn> work) {
        Object outcome = transaction.execute(status -> {
            try {
                return work.get();
            } catch (CodeRejectedException rejected) {
                return rejected;
            }
        });
        if (outcome instanceof CodeRejectedException rejected) {
            throw rejected;
        }
        return (SignedIn) outcome;
    }

    private SignedIn signIn(UserAccount user) {
        var session = sessions.open(user.id());
        return new SignedIn(user, tokens.issue(user, session.sessionId()), session.refreshToken());
    }

    private void requireCodeFormat(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationFailedException(List.of(new FieldError("otp_code", "The code is required.")));
        }
        if (code.length() != otp.length() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ValidationFailedException(
                    List.of(new FieldError("otp_code", "The code must be " + otp.length() + " digits.")));
        }
    }

    private static void requireActive(UserAccount user) {
        if (!user.active()) {
            throw new AccountDisabledException();
        }
    }

    record SignedIn(UserAccount user, TokenService.AccessToken accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "SignedIn[user=" + user.id() + "]";
        }
    }
}
