package com.loopin.auth;

import com.loopin.shared.Caller;
import com.loopin.staff.StaffRole;
import com.loopin.staff.StaffView;
import com.loopin.users.UserAccount;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one place that knows what an access token says. An app user's token: {@code sub} is the user id, {@code sid}
 * the session, {@code phone_number} the number. A staff token: {@code sub} is {@code staff:<id>}, {@code scope}
 * grants the roles, {@code username} names the member for the audit log, {@code cred} is when the password last
 * changed (epoch milliseconds; absent: never), so a password change ends the tokens issued before it.
 */
final class AccessTokenClaims {

    private static final String STAFF_SUBJECT_PREFIX = "staff:";
    private static final String SESSION = "sid";
    private static final String PHONE_NUMBER = "phone_number";
    private static final String SCOPE = "scope";
    private static final String USERNAME = "username";
    private static final String CREDENTIALS_CHANGED = "cred";

    private AccessTokenClaims() {}

    static String userSubject(UserAccount user) {
        return Long.toString(user.id());
    }

    static Map<String, Object> forUser(UserAccount user, UUID sessionId) {
        return Map.of(PHONE_NUMBER, user.phoneNumber().e164(), SESSION, sessionId.toString());
    }

    static String staffSubject(StaffView staff) {
        return STAFF_SUBJECT_PREFIX + staff.id();
    }

    static Map<String, Object> forStaff(StaffView staff) {
        String scope = staff.role() == StaffRole.SUPERUSER ? "staff superuser" : "staff";
        return staff.credentialsChangedAt() == null
                ? Map.of(SCOPE, scope, USERNAME, staff.username())
                : Map.of(
                        SCOPE,
                        scope,
                        USERNAME,
                        staff.username(),
                        CREDENTIALS_CHANGED,
                        staff.credentialsChangedAt().toEpochMilli());
    }

    /** The caller a verified token names: a staff member (by username) or an app user (by id). */
    static Caller caller(Jwt token) {
        if (staffId(token) != null) {
            String username = token.getClaimAsString(USERNAME);
            return Caller.staff(username != null ? username : token.getSubject());
        }
        return new Caller(userId(token), sessionId(token), null);
    }

    /** The staff account a token was issued to, or null for an app user's token. */
    static Long staffId(Jwt token) {
        String subject = token.getSubject();
        return subject != null && subject.startsWith(STAFF_SUBJECT_PREFIX)
                ? number(subject.substring(STAFF_SUBJECT_PREFIX.length()))
                : null;
    }

    /** The app user a token was issued to, or null for a staff token. */
    static Long userId(Jwt token) {
        String subject = token.getSubject();
        return subject == null || subject.startsWith(STAFF_SUBJECT_PREFIX) ? null : number(subject);
    }

    /** The app session a user's token belongs to; null when the claim is missing or malformed. */
    static UUID sessionId(Jwt token) {
        String sid = token.getClaimAsString(SESSION);
        try {
            return sid == null ? null : UUID.fromString(sid);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when a staff token was issued under the account's current password. */
    static boolean issuedUnderCurrentPassword(Jwt token, StaffView account) {
        Object issuedUnder = token.getClaims().get(CREDENTIALS_CHANGED);
        Long claimed = issuedUnder instanceof Number number ? number.longValue() : null;
        Long changedAt = account.credentialsChangedAt() == null
                ? null
                : account.credentialsChangedAt().toEpochMilli();
        return Objects.equals(claimed, changedAt);
    }

    /** Read on every authenticated request: a plain loop, not a regular expression. */
    private static Long number(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(digits);
    }
}
