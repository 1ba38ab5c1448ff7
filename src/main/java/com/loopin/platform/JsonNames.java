package com.loopin.platform;

import java.util.Locale;

/** The API's JSON names are snake_case; Java names are camelCase. */
public final class JsonNames {

    private JsonNames() {}

    public static String snakeCase(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
