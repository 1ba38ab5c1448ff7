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
import org.springframework.transaction.annotation.Transactional;

/** The steps of the original flow: ask for a sign-up or login code, then trade it for tokens. */
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

    PhoneAuthService(
            PhoneNumbers phoneNumbers,
            UserManagement users,
            OtpService codes,
            AbuseProtection protection,
            Leads leads,
            SessionService sessions,
            TokenService tokens,
            OtpProperties otp) {
        this.phoneNumbers = phoneNumbers;
        this.users = users;
        this.codes = codes;
        this.protection = protection;
        this.leads = leads;
        this.sessions = sessions;
        this.tokens = tokens;
        this.otp = otp;
    }

    /** A user whose profile is incomplete may sign up again and continue where they left off. */
    @Transactional
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

    @Transactional
    CodeSent requestLoginCode(String number, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireActive(users.findByPhone(phone).orElseThrow(UserNotFoundException::new));
        return sendCode(phone, CodePurpose.LOGIN, client);
    }

    /** The first success creates the user and an empty, verified profile. */
    @Transactional(noRollbackFor = CodeRejectedException.class)
    SignedIn verifySignup(String number, String code, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireCodeFormat(code);
        users.findByPhone(phone).ifPresent(PhoneAuthService::requireActive);
        protection.beforeCheckingCode(phone, client);
        codes.verify(phone, CodePurpose.SIGNUP, code);
        UserAccount user = users.registerVerified(phone);
        leads.verifiedByCode(phone);
        return signIn(user);
    }

    @Transactional(noRollbackFor = CodeRejectedException.class)
    SignedIn verifyLogin(String number, String code, String client) {
        PhoneNumber phone = phoneNumbers.parse(number);
        requireCodeFormat(code);
        requireActive(users.findByPhone(phone).orElseThrow(UserNotFoundException::new));
        protection.beforeCheckingCode(phone, client);
        codes.verify(phone, CodePurpose.LOGIN, code);
        leads.verifiedByCode(phone);
        return signIn(users.findByPhone(phone).orElseThrow(UserNotFoundException::new));
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

    private CodeSent sendCode(PhoneNumber phone, CodePurpose purpose, String client) {
        protection.requireNotLocked(phone);
        if (codes.isReviewNumber(phone)) {
            return codes.send(phone, purpose);
        }
        codes.requireCooldownOver(phone);
        var permit = protection.beforeSendingCode(phone, client);
        try {
            return codes.send(phone, purpose);
        } catch (RuntimeException e) {
            protection.refund(permit);
            throw e;
        }
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
