package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirewallTextTests {

    /** Spring Security's own rule for header and parameter text. */
    private static final Pattern SPRING_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void allowsExactlyWhatSpringsExpressionAllowsForEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "b";
            assertThat(FirewallText.allowed(text))
                    .as("U+%04X", codePoint)
                    .isEqualTo(SPRING_RULE.matcher(text).matches());
        }
    }

    @Test
    void refusesControlCharactersAndAllowsOrdinaryHeaderValues() {
        assertThat(FirewallText.allowed("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).isTrue();
        assertThat(FirewallText.allowed("")).isTrue();
        assertThat(FirewallText.allowed("नमस्ते 👋")).isTrue();
        assertThat(FirewallText.allowed("value\r\nX-Injected: 1")).isFalse();
        assertThat(FirewallText.allowed("nul\u0000")).isFalse();
        assertThat(FirewallText.allowed("del\u007f")).isFalse();
        assertThat(FirewallText.allowed("unassigned\uFFFF")).isFalse();
    }
}
