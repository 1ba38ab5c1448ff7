package com.loopin.staff;

import com.loopin.protection.AbuseProtection;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.RetryLaterException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks a staff username and password. Five wrong passwords lock the account for 15 minutes; every failure,
 * whatever its cause (unknown name, wrong password, locked, deactivated), gives the same answer, and an unknown
 * name costs the same bcrypt work as a known one, so neither words nor timing tell which names exist.
 */
@Component
public class StaffAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(StaffAuthenticationProvider.class);
    public static final String FAILED = "Sign-in failed. Check the username and password, or try again later.";

    /** The authority of a sign-in whose password was right and whose second step is still to come. */
    public static final String SECOND_STEP = "ROLE_SECOND_STEP";

    private final StaffUserRepository staff;
    private final AbuseProtection protection;
    private final ClientAddress clientAddress;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StaffSecondFactor secondFactor;
    private final String dummyHash;

    StaffAuthenticationProvider(
            StaffUserRepository staff,
            AbuseProtection protection,
            ClientAddress clientAddress,
            PasswordEncoder staffPasswordEncoder,
            PlatformTransactionManager tm,
            Clock clock,
            StaffSecondFactor secondFactor) {
        this.secondFactor = secondFactor;
        this.staff = staff;
        this.protection = protection;
        this.clientAddress = clientAddress;
        this.passwords = staffPasswordEncoder;
        this.transaction = new TransactionTemplate(tm);
        this.clock = clock;
        this.dummyHash = staffPasswordEncoder.encode("not-a-real-password-used-for-timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username =
                authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            try {
                protection.beforeStaffSignIn(clientAddress.of(request.getRequest()));
            } catch (RetryLaterException e) {
                throw new BadCredentialsException(FAILED);
            }
        }
        StaffView signedIn = check(username, password);
        if (signedIn == null) {
            throw new BadCredentialsException(FAILED);
        }
        if (secondFactor.enrolled(signedIn.id()) || secondFactor.required(signedIn)) {
            // the password was right; the console opens only after the second step (or its set-up)
            var halfway = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.username(), null, List.of(new SimpleGrantedAuthority(SECOND_STEP)));
            halfway.setDetails(signedIn);
            return halfway;
        }
        return signedIn(signedIn);
    }

    /** What a member of staff may do once every step of the sign-in is done. */
    public static Authentication signedIn(StaffView account) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        if (account.role() == StaffRole.SUPERUSER) {
            authorities.add(new SimpleGrantedAuthority("ROLE_SUPERUSER"));
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(account.username(), null, authorities);
        result.setDetails(account);
        return result;
    }

    /**
     * The password is compared outside any transaction (bcrypt takes a quarter of a second); the outcome is then
     * recorded by one conditional statement, so parallel attempts on one account all count, and a right password
     * that arrives after the lock is refused.
     */
    private StaffView check(String username, String password) {
        Instant now = clock.instant();
        var account = staff.findByUsernameIgnoreCase(username);
        if (account.isEmpty() || password.length() > 200) {
            passwords.matches(password.length() > 200 ? "" : password, dummyHash);
            return null;
        }
        StaffUser user = account.get();
        boolean right = passwords.matches(password, user.getPasswordHash());
        boolean recorded = Boolean.TRUE.equals(transaction.execute(status -> right
                ? staff.recordSignIn(user.getId(), now) == 1
                : staff.countFailedLogin(user.getId(), StaffUser.MAX_FAILED_LOGINS, now.plus(StaffUser.LOCKOUT), now)
                        < 0));
        if (!right || !recorded) {
            log.info("Staff sign-in refused for {}", user.getUsername());
            return null;
        }
        return user.view();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
