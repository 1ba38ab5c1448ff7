package com.loopin.support;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The tests' SMS provider: keeps every message, as a mail catcher would. */
public class CapturingSmsSender implements SmsSender {

    private final List<VerificationSms> sent = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public com.loopin.sms.SmsReceipt sendVerificationCode(VerificationSms message) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new com.loopin.sms.SmsDeliveryException("The SMS provider is unavailable. Please try again.");
        }
        sent.add(message);
        return new com.loopin.sms.SmsReceipt("capture", "CAP" + sent.size());
    }

    /** The next {@code count} sends fail as a provider outage would. */
    public void failNext(int count) {
        failures.set(count);
    }

    /** The last code sent to this number. */
    public String lastCodeFor(String e164) {
        return sent.reversed().stream()
                .filter(m -> m.to().equals(new PhoneNumber(e164)))
                .findFirst()
                .map(VerificationSms::code)
                .orElseThrow(() -> new AssertionError("no SMS was sent to " + e164));
    }

    /** The last message sent to this number, as the provider received it. */
    public VerificationSms lastFor(String e164) {
        return sent.reversed().stream()
                .filter(m -> m.to().equals(new PhoneNumber(e164)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SMS was sent to " + e164));
    }

    public long countFor(String e164) {
        return sent.stream().filter(m -> m.to().e164().equals(e164)).count();
    }
}
