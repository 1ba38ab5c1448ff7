package com.loopin.shared;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling the API, read once from a verified access token (see {@code auth.AccessTokenClaims}):
 * controllers take it as {@code @AuthenticationPrincipal Caller}.
 *
 * @param userId the app user the token was issued to; null for a staff token
 * @param sessionId the app session the user's token belongs to; null for a staff token
 * @param staffUsername the staff member a staff token was issued to; null for an app user's token
 */
public record Caller(Long userId, UUID sessionId, String staffUsername) {

    public static Caller user(long userId, UUID sessionId) {
        return new Caller(userId, sessionId, null);
    }

    public static Caller staff(String username) {
        return new Caller(null, null, username);
    }

    public boolean isStaff() {
        return staffUsername != null;
    }

    /**
     * The app user the token was issued to.
     *
     * @throws AccessDeniedException for a staff token: staff have no app profile or session
     */
    public long requireUser() {
        if (userId == null) {
            throw new AccessDeniedException("not an app user's token");
        }
        return userId;
    }

    /** Staff may act on any user; a user only on themselves. */
    public void requireSelfOrStaff(long targetUserId) {
        if (!isStaff() && (userId == null || userId != targetUserId)) {
            throw new AccessDeniedException("not yours");
        }
    }

    public void requireStaff() {
        if (!isStaff()) {
            throw new AccessDeniedException("staff only");
        }
    }

    public Actor actor() {
        return isStaff() ? Actor.staff(staffUsername) : Actor.user(requireUser());
    }
}
