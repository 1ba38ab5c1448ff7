package com.loopin.support;

import com.loopin.shared.Caller;
import java.util.List;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a caller in place as the JWT converter would, for controller slices that leave the security chain out. */
public final class SignedIn {

    private SignedIn() {}

    public static void as(Caller caller) {
        var authentication = new TestingAuthenticationToken(
                caller, null, caller.isStaff() ? List.of(() -> "SCOPE_staff") : List.of());
        authentication.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
