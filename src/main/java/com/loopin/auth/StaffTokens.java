package com.loopin.auth;

import org.springframework.security.oauth2.jwt.Jwt;

/** Telling staff tokens from app users' tokens. */
public final class StaffTokens {

    static final String SUBJECT_PREFIX = "staff:";

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
}
