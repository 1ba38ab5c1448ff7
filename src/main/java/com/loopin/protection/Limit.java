package com.loopin.protection;

import java.time.Duration;

/**
 * One counter: at most {@code max} hits per window for a key.
 *
 * @param name what the client is told ({@code limit} in the problem body)
 * @param key the counter's key in the database; never a phone number in clear
 */
record Limit(String name, String key, int max, Window window) {

    static Limit of(String name, String key, int max, Duration window) {
        return new Limit(name, key, max, new Window(window));
    }
}
