package com.loopin.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Reads phone numbers as people type them and turns them into {@link PhoneNumber}s, or refuses them. */
@Component
public class PhoneNumbers {

    private static final int MAX_INPUT_LENGTH = 32;
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("\\(?\\+?[0-9 ()\\-.]+");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public PhoneNumbers(AppProperties properties) {
        this.defaultRegion = properties.defaultRegion();
    }

    public PhoneNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw PhoneNumberRefusedException.invalid("Phone number is required.");
        }
        String text = input.strip();
        if (text.length() > MAX_INPUT_LENGTH) {
            throw PhoneNumberRefusedException.invalid("Phone number is too long.");
        }
        if (!ALLOWED_CHARACTERS.matcher(text).matches()) {
            throw PhoneNumberRefusedException.invalid(
                    "Phone number may contain only digits, spaces, dashes, dots, brackets and a leading +.");
        }
        try {
            var number = util.parse(text, defaultRegion);
            if (!util.isValidNumber(number)) {
                throw PhoneNumberRefusedException.invalid("This is not a valid phone number for its country.");
            }
            return new PhoneNumber(util.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw PhoneNumberRefusedException.invalid("This is not a valid phone number.");
        }
    }
}
