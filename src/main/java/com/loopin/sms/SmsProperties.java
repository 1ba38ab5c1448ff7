package com.loopin.sms;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param template the message text; {@code {code}} and {@code {minutes}} are filled in
 * @param twilioAccountSid set together with the auth token to send through Twilio (not built yet)
 * @param twilioTestMode true sends nothing and writes the message to the log, as the original's test mode did
 */
@Validated
@ConfigurationProperties("loopin.sms")
public record SmsProperties(@NotBlank String template, String twilioAccountSid, boolean twilioTestMode) {

    public String render(VerificationSms sms) {
        return template.replace("{code}", sms.code())
                .replace("{minutes}", Long.toString(Math.max(1, sms.validity().toMinutes())));
    }
}
