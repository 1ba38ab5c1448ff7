package com.loopin.admin;

import com.loopin.staff.StaffAuthenticationProvider;
import com.loopin.staff.StaffView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Puts a fully signed-in member of staff into the current console session (after the second step, or a change). */
final class ConsoleSignIns {

    private static final HttpSessionSecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private ConsoleSignIns() {}

    /** @param newSessionId whether the session gets a new id first, as at any sign-in */
    static void signIn(
            StaffView account, boolean newSessionId, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(StaffAuthenticationProvider.signedIn(account));
        SecurityContextHolder.setContext(context);
        if (newSessionId) {
            request.changeSessionId();
        }
        SESSIONS.saveContext(context, request, response);
    }
}
