package com.loopin.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.MessageKind;
import com.loopin.sms.VerificationSms;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The texts codes are sent in, golden: English and Hindi, with and without the Android app hash and the web domain,
 * each within its segments; India's DLT templates checked before anything is sent.
 */
class MessageTextTests {

    static final String ENGLISH = "Your Loopin verification code is: {code}. This code expires in {minutes} minutes.";
    static final PhoneNumber TO = new PhoneNumber("+916205829376");

    @Test
    void englishAndHindiTextsWithoutAutofill() {
        MessageText text = text(null, null, SmsTestSettings.NO_DLT);

        String english = text.of(sms(MessageKind.SIGNUP, "en", null));
        String hindi = text.of(sms(MessageKind.LOGIN, "hi", null));

        assertThat(english).isEqualTo("Your Loopin verification code is: 4821. This code expires in 10 minutes.");
        assertThat(hindi).isEqualTo("Loopin कोड: 4821। यह 10 मिनट तक मान्य है। इसे किसी से साझा न करें।");
        assertThat(Segments.isGsm7(english)).isTrue();
        assertThat(Segments.count(english)).isEqualTo(1);
        assertThat(Segments.isGsm7(hindi)).isFalse();
        assertThat(Segments.count(hindi)).isEqualTo(1);
    }

    @Test
    void theAppHashOnItsOwnLineAndTheDomainLineLast() {
        MessageText text = text("FA+9qCX9VSu, Dbg4CX9VSu1", "loopin.app", SmsTestSettings.NO_DLT);

        String english = text.of(sms(MessageKind.SIGNUP, "en", null));
        String hindi = text.of(sms(MessageKind.SIGNUP, "hi", null));
        String debug = text.of(sms(MessageKind.LOGIN, "en", "Dbg4CX9VSu1"));
        String unknown = text.of(sms(MessageKind.LOGIN, "en", "NotOurs0000"));

        assertThat(english)
                .isEqualTo("Your Loopin verification code is: 4821. This code expires in 10 minutes.\n\n"
                        + "FA+9qCX9VSu\n@loopin.app #4821");
        assertThat(hindi)
                .isEqualTo("Loopin कोड: 4821। यह 10 मिनट तक मान्य है। इसे किसी से साझा न करें।\n\n"
                        + "FA+9qCX9VSu\n@loopin.app #4821");
        assertThat(debug).as("a debug build names its own listed hash").endsWith("\n\nDbg4CX9VSu1\n@loopin.app #4821");
        assertThat(unknown).as("an unlisted hash: the release build's").contains("FA+9qCX9VSu");
        assertThat(Segments.count(english)).isEqualTo(1);
        assertThat(Segments.count(hindi)).isEqualTo(2);
        text.check(8, Duration.ofMinutes(10));
    }

    @Test
    void onlyTheDomainLineOrOnlyTheHash() {
        assertThat(text(null, "loopin.app", SmsTestSettings.NO_DLT).of(sms(MessageKind.SIGNUP, "en", null)))
                .endsWith("minutes.\n\n@loopin.app #4821");
        assertThat(text("FA+9qCX9VSu", null, SmsTestSettings.NO_DLT).of(sms(MessageKind.SIGNUP, "en", null)))
                .endsWith("minutes.\n\nFA+9qCX9VSu");
    }

    @Test
    void textsThatMatchTheirDltTemplatesPassAndHindiWithoutOneIsSentInEnglish() {
        MessageText text = text(
                "FA+9qCX9VSu",
                null,
                dlt(Map.of(
                        "signup",
                                template(
                                        "1107000000000000001",
                                        "Your Loopin verification code is: {#numeric#}. This code "
                                                + "expires in {#numeric#} minutes.\n\n{#alphanumeric#}+{#alphanumeric#}"),
                        "login",
                                template(
                                        "1107000000000000002",
                                        "Your Loopin verification code is: {#var#}. This code "
                                                + "expires in {#var#} minutes.\n\n{#var#}"),
                        "staff-resend",
                                template(
                                        "1107000000000000003",
                                        "Your Loopin verification code is: {#var#}. This "
                                                + "code expires in {#var#} minutes.\n\n{#var#}"))));

        text.check(4, Duration.ofMinutes(10));

        VerificationSms hindi = sms(MessageKind.LOGIN, "hi", null);
        assertThat(text.of(hindi)).startsWith("Your Loopin verification code is: 4821.");
        assertThat(text.dltTemplate(hindi).orElseThrow().id()).isEqualTo("1107000000000000002");
    }

    @Test
    void aTextThatDoesNotMatchItsDltTemplateRefusesToStart() {
        MessageText text = text(
                null,
                null,
                dlt(Map.of(
                        "signup",
                                template(
                                        "1107000000000000001",
                                        "Your Loopin verification code is: {#var#}. This code "
                                                + "expires in {#var#} minutes."),
                        "login", template("1107000000000000002", "{#var#} is your Loopin login code."),
                        "staff-resend",
                                template(
                                        "1107000000000000003",
                                        "Your Loopin verification code is: {#var#}. "
                                                + "This code expires in {#var#} minutes."))));

        assertThatThrownBy(() -> text.check(4, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the login (en) text does not match its DLT template 1107000000000000002 "
                        + "(DLT_TEMPLATE_TEXT_LOGIN)")
                .hasMessageNotContaining("signup (en)");
    }

    @Test
    void aKindWithoutItsDltTemplateAndATextOverOneSegmentRefuseToStart() {
        assertThatThrownBy(() -> text(null, null, dlt(Map.of())).check(4, Duration.ofMinutes(10)))
                .hasMessageContaining("DLT_TEMPLATE_ID_SIGNUP and DLT_TEMPLATE_TEXT_SIGNUP are not set");

        var tooLong = new MessageText(SmsTestSettings.with(
                ENGLISH + " " + "Please do not share this code with anyone, not even Loopin staff.".repeat(2),
                null,
                null,
                SmsTestSettings.NO_DLT));
        assertThatThrownBy(() -> tooLong.check(4, Duration.ofMinutes(10)))
                .hasMessageContaining("the signup (en) text must fit one GSM-7 segment (160 characters)");
    }

    private static MessageText text(String hashes, String domain, SmsProperties.Dlt dlt) {
        return new MessageText(SmsTestSettings.with(ENGLISH, hashes, domain, dlt));
    }

    private static VerificationSms sms(MessageKind kind, String language, String appHash) {
        return new VerificationSms(TO, "4821", Duration.ofMinutes(10), kind, language, appHash);
    }

    private static SmsProperties.Dlt dlt(Map<String, SmsProperties.Dlt.Template> templates) {
        return new SmsProperties.Dlt("1101000000000000001", "LOOPIN", templates);
    }

    private static SmsProperties.Dlt.Template template(String id, String text) {
        return new SmsProperties.Dlt.Template(id, text);
    }
}
