package com.loopin.sms;

import com.loopin.shared.PhoneNumber;
import java.time.Duration;
import java.util.Objects;

/** A verification code to deliver, and how long it stays valid. {@link #toString()} leaves the code out. */
public record VerificationSms(PhoneNumber to, String code, Duration validity) {

    public VerificationSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validity, "validity");
    }

    @Override
    public String toString() {
        return "VerificationSms[to=" + to.masked() + ", validity=" + validity + "]";
    }
}
