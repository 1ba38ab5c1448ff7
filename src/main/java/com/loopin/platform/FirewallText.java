package com.loopin.platform;

/**
 * What Spring's {@code StrictHttpFirewall} allows in header names and values by default, {@code
 * [\p{IsAssigned}&&[^\p{IsControl}]]*}: every code point assigned in Unicode and none a control character.
 */
final class FirewallText {

    private FirewallText() {}

    static boolean allowed(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
