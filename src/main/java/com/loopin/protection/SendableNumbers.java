package com.loopin.protection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumberRefusedException;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The country and line-type allow-list: refuses, before anything is sent, the numbers SMS pumping feeds on: countries we do not serve and numbers
 * libphonenumber knows are not mobiles (premium-rate, toll-free, fixed lines, …). Where it cannot tell
 * ({@code FIXED_LINE_OR_MOBILE}, {@code UNKNOWN}) the number is given the benefit of the doubt.
 */
@Component
class SendableNumbers {

    private static final Set<PhoneNumberType> SENDABLE =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.UNKNOWN);

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final ProtectionProperties properties;

    SendableNumbers(ProtectionProperties properties) {
        this.properties = properties;
    }

    void check(PhoneNumber phone) {
        com.google.i18n.phonenumbers.Phonenumber.PhoneNumber number;
        try {
            number = util.parse(phone.e164(), null);
        } catch (NumberParseException e) {
            throw new IllegalStateException("an E.164 number did not parse", e);
        }
        String region = util.getRegionCodeForNumber(number);
        if (!properties.allowedCountries().isEmpty()
                && !properties.allowedCountries().contains(region)) {
            throw new PhoneNumberRefusedException(
                    ErrorCode.SMS_COUNTRY_NOT_ALLOWED, "We cannot send codes to numbers in this country yet.");
        }
        if (!SENDABLE.contains(util.getNumberType(number))) {
            throw new PhoneNumberRefusedException(
                    ErrorCode.PHONE_TYPE_NOT_SUPPORTED, "Codes can only be sent to mobile numbers.");
        }
    }
}
