package com.loopin.support;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tests' SMS provider: keeps every message, as a mail catcher would. */
public class CapturingSmsSender implements SmsSender {

    private final List<VerificationSms> sent = new CopyOnWriteArrayList<>();

    @Override
    public void sendVerificationCode(VerificationSms message) {
        sent.add(message);
    }

    /** The last code sent to this number. */
    public String lastCodeFor(String e164) {
        return sent.reversed().stream()
                .filter(m -> m.to().equals(new PhoneNumber(e164)))
                .findFirst()
                .map(VerificationSms::code)
                .orElseThrow(() -> new AssertionError("no SMS was sent to " + e164));
    }

    public long countFor(String e164) {
        return sent.stream().filter(m -> m.to().e164().equals(e164)).count();
    }
}
