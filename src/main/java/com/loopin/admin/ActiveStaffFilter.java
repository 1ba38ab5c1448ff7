package com.loopin.admin;

import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffAuthenticationProvider;
import com.loopin.staff.StaffView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session, signed in fully or half-way (before its second step), is good only while its staff account is
 * active and its credentials are the ones it signed in with: a deactivated member of staff, or one whose password
 * or second factor was reset or changed elsewhere, is signed out on their next click, not when their session
 * happens to expire. One indexed lookup per console request.
 */
class ActiveStaffFilter extends OncePerRequestFilter {

    private final StaffAccounts staff;

    ActiveStaffFilter(StaffAccounts staff) {
        this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        // a session half-way through the sign-in (password right, second step to come) is checked like a full one
        boolean staffSession = signedIn != null
                && signedIn.isAuthenticated()
                && signedIn.getAuthorities().stream()
                        .anyMatch(a -> "ROLE_STAFF".equals(a.getAuthority())
                                || StaffAuthenticationProvider.SECOND_STEP.equals(a.getAuthority()));
        if (staffSession && !stillGood(signedIn)) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/admin/login?ended");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillGood(Authentication signedIn) {
        return signedIn.getDetails() instanceof StaffView then
                && staff.find(then.id()).map(now -> now.accepts(then)).orElse(false);
    }
}
