package com.loopin.sms;

import com.loopin.shared.PhoneNumber;
import java.time.Duration;
import java.util.Objects;

/**
 * A verification code to deliver, how long it stays valid, why it is sent, in which language ({@code en} or {@code
 * hi}), and the Android app hash the requesting app asked for (null: the first configured). {@link #toString()}
 * leaves the code out.
 */
public record VerificationSms(
        PhoneNumber to, String code, Duration validity, MessageKind kind, String language, String appHash) {

    public VerificationSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(kind, "kind");
        language = "hi".equals(language) ? "hi" : "en";
    }

    /** A sign-up code in English, for the default app. */
    public VerificationSms(PhoneNumber to, String code, Duration validity) {
        this(to, code, validity, MessageKind.SIGNUP, "en", null);
    }

    @Override
    public String toString() {
        return "VerificationSms[to=" + to.masked() + ", validity=" + validity + ", kind=" + kind + ", language="
                + language + "]";
    }
}
