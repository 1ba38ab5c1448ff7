package com.loopin.support;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.security.SecureRandom;

/** Fresh, valid Indian mobile numbers, so tests never trip over each other's data. */
public final class TestPhones {

    private static final SecureRandom random = new SecureRandom();
    private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    private TestPhones() {}

    /** E.164, for example {@code +919812345678}. */
    public static String newIndianMobile() {
        while (true) {
            String candidate = "+919" + String.format("%09d", random.nextInt(1_000_000_000));
            try {
                if (util.isValidNumber(util.parse(candidate, "IN"))) {
                    return candidate;
                }
            } catch (Exception ignored) {
                // try another
            }
        }
    }
}
