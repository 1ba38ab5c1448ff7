package com.loopin.shared;

import java.util.Objects;

/**
 * Who made a change, as the audit log writes it: a staff member by username ({@code asha}), an app user by id
 * ({@code user:42}), or a part of the system ({@code system:pumping-detector}). One format whatever the entry
 * point: the console, the staff API and the app all name the same person the same way.
 */
public record Actor(String name) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    public static Actor staff(String username) {
        return new Actor(username);
    }

    public static Actor user(long userId) {
        return new Actor("user:" + userId);
    }

    public static Actor system(String component) {
        return new Actor("system:" + component);
    }

    @Override
    public String toString() {
        return name;
    }
}
