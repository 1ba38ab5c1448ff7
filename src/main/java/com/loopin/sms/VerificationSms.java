package com.loopin.sms;

import com.loopin.shared.PhoneNumber;
import java.time.Duration;
import java.util.Objects;

/**
 * A verification code to deliver, how long it stays valid, why it is sent, in which language ({@code en} or {@code
 * hi}), the Android app hash the requesting app asked for (null: the first configured), and the channel asked for.
 * {@link #toString()} leaves the code out.
 */
public record VerificationSms(
        PhoneNumber to,
        String code,
        Duration validity,
        MessageKind kind,
        String language,
        String appHash,
        ChannelRequest channel) {

    public VerificationSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(kind, "kind");
        language = "hi".equals(language) ? "hi" : "en";
        channel = channel == null ? ChannelRequest.SMS : channel;
    }

    /** By SMS. */
    public VerificationSms(
            PhoneNumber to, String code, Duration validity, MessageKind kind, String language, String appHash) {
        this(to, code, validity, kind, language, appHash, ChannelRequest.SMS);
    }

    /** The same code and text by another channel. */
    public VerificationSms by(ChannelRequest other) {
        return new VerificationSms(to, code, validity, kind, language, appHash, other);
    }

    /** A sign-up code in English, for the default app. */
    public VerificationSms(PhoneNumber to, String code, Duration validity) {
        this(to, code, validity, MessageKind.SIGNUP, "en", null, ChannelRequest.SMS);
    }

    @Override
    public String toString() {
        return "VerificationSms[to=" + to.masked() + ", validity=" + validity + ", kind=" + kind + ", language="
                + language + ", channel=" + channel + "]";
    }
}
