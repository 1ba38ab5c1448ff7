package com.loopin.sms.internal;

import com.loopin.sms.Channel;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The development channel: writes the whole message, code included, to the log in one line. By design this is
 * the one place a code may appear in a log; production refuses to start with it.
 */
class ConsoleSmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger("loopin.sms.console");

    private final MessageText text;
    private final DevSmsInbox inbox;
    private final Clock clock;
    private final Channel channel;

    /** @param channel what the message stands for: an SMS, or a WhatsApp message (its text is Meta's template) */
    ConsoleSmsSender(MessageText text, DevSmsInbox inbox, Clock clock, Channel channel) {
        this.text = text;
        this.inbox = inbox;
        this.clock = clock;
        this.channel = channel;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms message) {
        String body = channel == Channel.WHATSAPP
                ? message.code() + " is your verification code. For your security, do not share this code."
                : text.of(message);
        log.info("DEV {} to {}: {}", channel, message.to().e164(), body.replace('\n', ' '));
        inbox.add(message.to(), message.code(), body, channel, clock.instant());
        return new SmsReceipt("console", null);
    }
}
