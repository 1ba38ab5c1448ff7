package com.loopin.pumping;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.loopin.shared.PhoneNumber;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers that begin alike: a country ({@code +234}) or a prefix, the country code then the first national digits
 * ({@code +234 8031}). The key is how it is stored, shown and typed.
 */
public record Segment(String key) {

    /** The longest prefix staff may block by hand, in national digits. */
    public static final int MAX_PREFIX_DIGITS = 8;

    private static final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private static final Pattern FORM = Pattern.compile("\\+[1-9][0-9]{0,2}( [0-9]{1," + MAX_PREFIX_DIGITS + "})?");
    private static final String UNKNOWN_REGION = "ZZ";

    public Segment {
        if (key == null || !FORM.matcher(key).matches()) {
            throw new IllegalArgumentException("not a segment: " + key);
        }
    }

    /** The number's country, then its prefix of {@code prefixDigits} national digits. */
    static List<Segment> of(PhoneNumber phone, int prefixDigits) {
        String digits = phone.e164().substring(1);
        int country = countryCodeLength(digits).orElse(Math.min(3, digits.length()));
        String national = digits.substring(country);
        String countryKey = "+" + digits.substring(0, country);
        return List.of(
                new Segment(countryKey),
                new Segment(countryKey + " " + national.substring(0, Math.min(prefixDigits, national.length()))));
    }

    /** The country of a region ({@code IN} → {@code +91}). */
    static Segment countryOf(String region) {
        return new Segment("+" + util.getCountryCodeForRegion(region));
    }

    /**
     * What staff typed, read generously: {@code +234 8031}, {@code +2348031}, {@code 234-8031}. Empty when it is not
     * a known country code followed by at most {@value #MAX_PREFIX_DIGITS} digits.
     */
    public static Optional<Segment> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s().+-]", "");
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return countryCodeLength(digits).flatMap(country -> {
            String national = digits.substring(country);
            if (national.length() > MAX_PREFIX_DIGITS) {
                return Optional.empty();
            }
            String key = "+" + digits.substring(0, country) + (national.isEmpty() ? "" : " " + national);
            return Optional.of(new Segment(key));
        });
    }

    public boolean isCountry() {
        return key.indexOf(' ') < 0;
    }

    /** The country this prefix belongs to (itself, for a country). */
    public Segment country() {
        int space = key.indexOf(' ');
        return space < 0 ? this : new Segment(key.substring(0, space));
    }

    public boolean contains(PhoneNumber phone) {
        return phone.e164().startsWith(key.replace(" ", ""));
    }

    boolean contains(Segment other) {
        return other.key.replace(" ", "").startsWith(key.replace(" ", ""));
    }

    @Override
    public String toString() {
        return key;
    }

    /** Country codes are prefix-free: the first one to three digits that name a region are the code. */
    private static Optional<Integer> countryCodeLength(String digits) {
        for (int length = 1; length <= Math.min(3, digits.length()); length++) {
            int code = Integer.parseInt(digits.substring(0, length));
            if (!UNKNOWN_REGION.equals(util.getRegionCodeForCountryCode(code))) {
                return Optional.of(length);
            }
        }
        return Optional.empty();
    }
}
