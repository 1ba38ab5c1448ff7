package com.loopin.auth;

import org.springframework.security.oauth2.jwt.Jwt;

/** Telling staff tokens from app users' tokens. */
public final class StaffTokens {

    static final String SUBJECT_PREFIX = "staff:";

    /** When the account's password last changed, as the token was issued (epoch milliseconds; absent: never). */
    static final String CREDENTIALS_CLAIM = "cred";

    private StaffTokens() {}

    /** The staff account a token was issued to, or null for an app user's token. */
    public static Long staffId(Jwt token) {
        String subject = token.getSubject();
        if (subject == null || !subject.startsWith(SUBJECT_PREFIX)) {
            return null;
        }
        try {
            return Long.parseLong(subject.substring(SUBJECT_PREFIX.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the token was issued under the account's current password. */
    static boolean sameCredentials(Jwt token, com.loopin.staff.StaffView account) {
        Object issuedUnder = token.getClaims().get(CREDENTIALS_CLAIM);
        Long changedAt = account.credentialsChangedAt() == null
                ? null
                : account.credentialsChangedAt().toEpochMilli();
        Long claimed = issuedUnder instanceof Number number ? number.longValue() : null;
        return java.util.Objects.equals(claimed, changedAt);
    }
}
