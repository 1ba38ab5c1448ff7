package com.loopin.sms.internal;

import com.loopin.sms.MessageKind;
import com.loopin.sms.VerificationSms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a verification SMS, composed in one place: per kind and language a template with two typed
 * variables ({@code {code}}: digits, {@code {minutes}}: digits), then, when configured, what lets the phone fill the
 * code in: the Android app's hash on a line of its own (SMS Retriever), and as the last line {@code @domain #code}
 * (iOS and WebOTP). Where DLT is configured, a language without a registered template is sent in English, and
 * {@link #check} refuses to start when a composed text does not match its registered template or does not fit: one
 * GSM-7 segment in English, two UCS-2 segments in Hindi.
 */
class MessageText {

    private final SmsProperties properties;

    MessageText(SmsProperties properties) {
        this.properties = properties;
    }

    String of(VerificationSms sms) {
        String language = languageFor(sms.kind(), sms.language());
        return compose(
                template(sms.kind(), language),
                sms.code(),
                Long.toString(Math.max(1, sms.validity().toMinutes())),
                appHashFor(sms.appHash()));
    }

    /** The app hash the request named when it is one of ours, else the first configured; null when none is. */
    String appHashFor(String requested) {
        List<String> hashes = properties.appHashes();
        if (requested != null && hashes.contains(requested.strip())) {
            return requested.strip();
        }
        return hashes.isEmpty() ? null : hashes.getFirst();
    }

    SmsProperties.Dlt dlt() {
        return properties.dlt();
    }

    /** The DLT template of the message, when DLT is configured. */
    Optional<SmsProperties.Dlt.Template> dltTemplate(VerificationSms sms) {
        return properties.dlt().template(sms.kind(), languageFor(sms.kind(), sms.language()));
    }

    /**
     * Composes every kind in every language with a code of {@code codeLength} digits, with each configured app hash,
     * and refuses (with a message naming the setting) what would not be delivered as it stands.
     */
    void check(int codeLength, Duration validity) {
        List<String> problems = new ArrayList<>();
        SmsProperties.Dlt dlt = properties.dlt();
        String code = "9".repeat(codeLength);
        String minutes = Long.toString(Math.max(1, validity.toMinutes()));
        List<String> hashes =
                properties.appHashes().isEmpty() ? java.util.Collections.singletonList(null) : properties.appHashes();
        for (MessageKind kind : MessageKind.values()) {
            if (dlt.enabled() && dlt.template(kind, "en").isEmpty()) {
                problems.add("DLT_TEMPLATE_ID_" + variable(kind) + " and DLT_TEMPLATE_TEXT_" + variable(kind)
                        + " are not set (DLT_ENTITY_ID is)");
                continue;
            }
            for (String language : List.of("en", "hi")) {
                if (!languageFor(kind, language).equals(language)) {
                    continue;
                }
                for (String hash : hashes) {
                    String text = compose(template(kind, language), code, minutes, hash);
                    String name = kind.key() + " (" + language + (hash == null ? "" : ", app hash " + hash) + ")";
                    if (language.equals("en") && (!Segments.isGsm7(text) || Segments.count(text) > 1)) {
                        problems.add("the " + name + " text must fit one GSM-7 segment (160 characters), and is "
                                + Segments.length(text) + (Segments.isGsm7(text) ? "" : " UCS-2") + " characters");
                    }
                    if (language.equals("hi") && Segments.count(text) > 2) {
                        problems.add("the " + name + " text must fit two segments (134 UCS-2 characters), and is "
                                + Segments.length(text));
                    }
                    dlt.template(kind, language)
                            .filter(template -> !new DltTemplate(template.id(), template.text()).matches(text))
                            .ifPresent(template -> problems.add("the " + name + " text does not match its DLT template "
                                    + template.id() + " (DLT_TEMPLATE_TEXT_" + variable(kind)
                                    + (language.equals("hi") ? "_HI" : "") + "): it reads \"" + text + "\""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SMS texts refused: " + String.join("; ", problems));
        }
    }

    private String compose(String template, String code, String minutes, String appHash) {
        String text = template.replace("{code}", code).replace("{minutes}", minutes);
        StringBuilder autofill = new StringBuilder();
        if (appHash != null) {
            autofill.append(appHash);
        }
        String domain = properties.otpDomain();
        if (domain != null) {
            autofill.append(autofill.isEmpty() ? "" : "\n")
                    .append('@')
                    .append(domain)
                    .append(" #")
                    .append(code);
        }
        return autofill.isEmpty() ? text : text + "\n\n" + autofill;
    }

    /** Hindi only where it can be sent: with DLT, only when Hindi has a registered template. */
    private String languageFor(MessageKind kind, String language) {
        if ("hi".equals(language)
                && (!properties.dlt().enabled()
                        || properties.dlt().template(kind, "hi").isPresent())) {
            return "hi";
        }
        return "en";
    }

    private String template(MessageKind kind, String language) {
        return properties.templateFor(kind, language);
    }

    private static String variable(MessageKind kind) {
        return kind.name();
    }
}
