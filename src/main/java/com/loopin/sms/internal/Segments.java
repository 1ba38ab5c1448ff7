package com.loopin.sms.internal;

/**
 * How many SMS segments a text takes: GSM-7 when every character is in the GSM 03.38 alphabet (extension characters
 * count twice; 160 in one segment, 153 each when split), else UCS-2 (UTF-16 units; 70 in one, 67 each when split).
 */
final class Segments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private Segments() {}

    static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }

    /** Septets (GSM-7) or UTF-16 units (UCS-2). */
    static int length(String text) {
        if (!isGsm7(text)) {
            return text.length();
        }
        return (int) text.chars().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
    }

    static int count(String text) {
        int length = length(text);
        boolean gsm = isGsm7(text);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return length <= single ? 1 : (length + part - 1) / part;
    }
}
