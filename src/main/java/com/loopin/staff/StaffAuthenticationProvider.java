package com.loopin.staff;

import com.loopin.shared.ClientAddress;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The console's sign-in: the password through {@link StaffPasswordCheck}, then either the whole way in or, when
 * the account has (or must set up) a second factor, half-way with {@link #SECOND_STEP}.
 */
@Component
public class StaffAuthenticationProvider implements AuthenticationProvider {

    /** The authority of a sign-in whose password was right and whose second step is still to come. */
    public static final String SECOND_STEP = "ROLE_SECOND_STEP";

    private final StaffPasswordCheck passwords;
    private final ClientAddress clientAddress;
    private final StaffSecondFactor secondFactor;

    StaffAuthenticationProvider(
            StaffPasswordCheck passwords, ClientAddress clientAddress, StaffSecondFactor secondFactor) {
        this.passwords = passwords;
        this.clientAddress = clientAddress;
        this.secondFactor = secondFactor;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? clientAddress.of(request.getRequest())
                : null;
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        StaffView signedIn = passwords
                .check(authentication.getName(), password, address)
                .orElseThrow(() -> new BadCredentialsException(StaffPasswordCheck.FAILED));
        if (secondFactor.due(signedIn)) {
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

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
