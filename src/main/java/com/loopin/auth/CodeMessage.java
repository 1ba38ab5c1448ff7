package com.loopin.auth;

import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.sms.ChannelRequest;
import com.loopin.sms.MessageKind;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How a code's text is written: why it is sent, in which language ({@code hi} when the request's {@code
 * Accept-Language} prefers Hindi to English, else {@code en}), and the Android app hash the app asked for (a debug
 * build's; null: the release build's), and the channel asked for.
 */
record CodeMessage(MessageKind kind, String language, String appHash, ChannelRequest channel) {

    static final CodeMessage DEFAULT = new CodeMessage(MessageKind.SIGNUP, "en", null, ChannelRequest.SMS);

    CodeMessage as(MessageKind kind) {
        return new CodeMessage(kind, language, appHash, channel);
    }

    /** @throws ValidationFailedException when the channel is none of sms, whatsapp and auto */
    static CodeMessage of(String acceptLanguage, String appHash, String channel) {
        String hash = appHash == null || appHash.isBlank() ? null : appHash.strip();
        ChannelRequest requested = ChannelRequest.parse(channel)
                .orElseThrow(() -> new ValidationFailedException(
                        List.of(new FieldError("channel", "The channel must be sms, whatsapp or auto."))));
        return new CodeMessage(MessageKind.SIGNUP, language(acceptLanguage), hash, requested);
    }

    /** The first of Hindi or English the header asks for, by weight; English when neither, or no header. */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return "en";
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight)
                            .reversed())
                    .map(range -> range.getRange().split("-")[0].toLowerCase(Locale.ROOT))
                    .filter(List.of("hi", "en")::contains)
                    .findFirst()
                    .orElse("en");
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }
}
