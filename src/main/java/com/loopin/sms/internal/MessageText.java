package com.loopin.sms.internal;

import com.loopin.sms.VerificationSms;

/**
 * The text of a verification SMS: the template, then, when configured, a last line that lets the phone fill the
 * code in by itself: {@code @domain #code} for WebOTP, and the app hash for Android's SMS Retriever.
 */
class MessageText {

    private final SmsProperties properties;

    MessageText(SmsProperties properties) {
        this.properties = properties;
    }

    String of(VerificationSms sms) {
        String text = properties
                .template()
                .replace("{code}", sms.code())
                .replace("{minutes}", Long.toString(Math.max(1, sms.validity().toMinutes())));
        StringBuilder autofill = new StringBuilder();
        if (SmsProperties.isSet(properties.webOtpDomain())) {
            autofill.append('@')
                    .append(properties.webOtpDomain().strip())
                    .append(" #")
                    .append(sms.code());
        }
        if (SmsProperties.isSet(properties.appHash())) {
            autofill.append(autofill.isEmpty() ? "" : " ")
                    .append(properties.appHash().strip());
        }
        return autofill.isEmpty() ? text : text + "\n\n" + autofill;
    }
}
