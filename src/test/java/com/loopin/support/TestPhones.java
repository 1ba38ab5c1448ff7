package com.loopin.support;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fresh, valid mobile numbers, never the same one twice in a run (300 random draws from a prefix with a million free
 * numbers repeat one about once in 20 runs), so tests never trip over each other's data.
 */
public final class TestPhones {

    private static final SecureRandom random = new SecureRandom();
    private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private static final Set<String> issued = ConcurrentHashMap.newKeySet();

    private TestPhones() {}

    /** E.164, for example {@code +919812345678}. */
    public static String newIndianMobile() {
        while (true) {
            String candidate = "+919" + String.format("%09d", random.nextInt(1_000_000_000));
            try {
                if (util.isValidNumber(util.parse(candidate, "IN")) && issued.add(candidate)) {
                    return candidate;
                }
            } catch (Exception ignored) {
                // try another
            }
        }
    }

    /** A valid mobile number, of any country, that begins with the given digits ({@code +2348031}). */
    public static String mobileStartingWith(String prefix) {
        while (true) {
            int free = 12 + random.nextInt(4) - prefix.length();
            String candidate = prefix + String.format("%0" + free + "d", random.nextLong((long) Math.pow(10, free)));
            try {
                var number = util.parse(candidate, null);
                if (util.isValidNumber(number)
                        && util.getNumberType(number)
                                == com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType.MOBILE
                        && issued.add(candidate)) {
                    return candidate;
                }
            } catch (Exception ignored) {
                // try another
            }
        }
    }
}
