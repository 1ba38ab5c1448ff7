package com.loopin.database;

import java.security.SecureRandom;

/**
 * Public ids of rows the API names (events, requests, tickets): random base62 characters from {@link SecureRandom},
 * never derived from time or a sequence, so they leak nothing and cannot be guessed from one another.
 */
public final class PublicIds {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom random = new SecureRandom();

    private PublicIds() {}

    public static String random(int length) {
        char[] id = new char[length];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }
}
