package com.loopin.sms.internal;

import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development channel: writes the whole message, code included, to the log in one line. By design this is
 * the one place a code may appear in a log; production refuses to start with it.
 */
class ConsoleSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger("loopin.sms.console");

    private final MessageText text;

    ConsoleSmsSender(MessageText text) {
        this.text = text;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms message) {
        log.info("DEV SMS to {}: {}", message.to().e164(), text.of(message).replace('\n', ' '));
        return new SmsReceipt("console", null);
    }
}
