package com.loopin.sms.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content template registered on an Indian operator's DLT platform: its id and its text, where {@code {#var#}}
 * stands for up to 30 characters of anything ({@code {#numeric#}}: digits, {@code {#alphanumeric#}}: letters and
 * digits). Since late 2024 operators reject a message that does not match its template, so every text is checked
 * against it before it can be sent.
 */
record DltTemplate(String id, String text) {

    private static final Pattern VARIABLE = Pattern.compile("\\{#(var|numeric|alphanumeric)#}");

    /** True when the message is the template with its variables filled in. */
    boolean matches(String message) {
        return pattern().matcher(normalise(message)).matches();
    }

    private Pattern pattern() {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(normalise(text));
        int literal = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(normalise(text).substring(literal, variable.start())));
            regex.append(
                    switch (variable.group(1)) {
                        case "numeric" -> "[0-9]{1,30}";
                        case "alphanumeric" -> "[A-Za-z0-9]{1,30}";
                        default -> "[\\s\\S]{1,30}";
                    });
            literal = variable.end();
        }
        regex.append(Pattern.quote(normalise(text).substring(literal)));
        return Pattern.compile(regex.toString());
    }

    /** Line ends as operators compare them: {@code \r\n} and {@code \n} alike. */
    private static String normalise(String value) {
        return value.replace("\r\n", "\n");
    }
}
