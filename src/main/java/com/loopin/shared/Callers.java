package com.loopin.shared;

import org.springframework.security.oauth2.jwt.Jwt;

/** Who is calling, read from a verified access token. */
public final class Callers {

    private Callers() {}

    /** The user id the token was issued to ({@code sub}). */
    public static long userId(Jwt token) {
        return Long.parseLong(token.getSubject());
    }
}
