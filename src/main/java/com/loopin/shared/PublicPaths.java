package com.loopin.shared;

import java.util.List;

/**
 * API paths a module serves without a token (sign-up, the interests list, a provider's webhook). Each module
 * declares its own as a bean; the platform's API filter chain opens exactly the union of them, so no chain lists
 * other modules' URLs, and a new endpoint needs a token unless its module says otherwise. A pattern may name one
 * method ({@code "GET /api/events"}): the other methods of that path still need a token.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
