package com.loopin.shared;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from a verified access token: an app user ({@code sub} is their id) or staff. */
public final class Callers {

    private Callers() {}

    /**
     * The app user the token was issued to.
     *
     * @throws AccessDeniedException for a staff token: staff have no app profile or session
     */
    public static long userId(Jwt token) {
        Long id = userIdOrNull(token);
        if (id == null) {
            throw new AccessDeniedException("not an app user's token");
        }
        return id;
    }

    /** The app user the token was issued to, or null for a staff token. */
    public static Long userIdOrNull(Jwt token) {
        String subject = token.getSubject();
        return subject != null && subject.matches("[0-9]{1,18}") ? Long.parseLong(subject) : null;
    }

    /** True for a staff token (scope {@code staff}). */
    public static boolean isStaff(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> "SCOPE_staff".equals(a.getAuthority()));
    }

    /** The staff member's username for the audit log; the token's subject otherwise. */
    public static String name(Jwt token) {
        String username = token.getClaimAsString("username");
        return username != null ? username : token.getSubject();
    }
}
