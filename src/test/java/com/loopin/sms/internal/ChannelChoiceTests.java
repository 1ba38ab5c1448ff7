package com.loopin.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.Channel;
import com.loopin.sms.ChannelRequest;
import com.loopin.sms.ChannelUnavailableException;
import com.loopin.sms.MessageKind;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which channel a code takes, and what is recorded of it. */
class ChannelChoiceTests {

    static final PhoneNumber INDIAN = new PhoneNumber("+916205829376");
    static final PhoneNumber AMERICAN = new PhoneNumber("+14155550123");

    final List<String> sent = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
    final SmsDelivery.DeliveryLog log = (sms, channel, receipt, reason, wait) -> {
        recorded.add(channel.key() + " " + (reason == null ? "ok" : reason) + " " + (wait == null ? "-" : wait));
        return "dl_" + recorded.size();
    };

    @Test
    void whatsappWithoutASenderIsRefusedBeforeAnythingIsSent() {
        var delivery = delivery(null);

        assertThatThrownBy(() -> delivery.sendVerificationCode(code(INDIAN, ChannelRequest.WHATSAPP)))
                .isInstanceOf(ChannelUnavailableException.class);
        assertThat(sent).isEmpty();
    }

    @Test
    void autoTriesWhatsAppOnlyForTheListedCountriesAndWaitsForItsReport() {
        var delivery = delivery(provider("whatsapp"));

        SmsReceipt american = delivery.sendVerificationCode(code(AMERICAN, ChannelRequest.AUTO));
        SmsReceipt indian = delivery.sendVerificationCode(code(INDIAN, ChannelRequest.AUTO));

        assertThat(american.channel()).isEqualTo(Channel.SMS);
        assertThat(indian.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(indian.deliveryId()).isEqualTo("dl_2");
        assertThat(sent).containsExactly("sms", "whatsapp");
        assertThat(recorded).containsExactly("sms ok -", "whatsapp ok PT30S");
    }

    @Test
    void autoSendsTheSmsAtOnceWhenWhatsAppIsDownAndRecordsTheFailedAttempt() {
        var delivery = delivery(failing());

        SmsReceipt receipt = delivery.sendVerificationCode(code(INDIAN, ChannelRequest.AUTO));

        assertThat(receipt.channel()).isEqualTo(Channel.SMS);
        assertThat(recorded).containsExactly("whatsapp provider_unavailable -", "sms ok -");
    }

    @Test
    void anExplicitWhatsAppThatFailsDoesNotFallBack() {
        var delivery = delivery(failing());

        assertThatThrownBy(() -> delivery.sendVerificationCode(code(INDIAN, ChannelRequest.WHATSAPP)))
                .isInstanceOf(SmsDeliveryException.class);
        assertThat(sent).isEmpty();
    }

    private SmsDelivery delivery(SmsSender whatsapp) {
        var meters = new SimpleMeterRegistry();
        return new SmsDelivery(
                new ResilientSmsSender("sms", provider("sms"), 1, meters),
                null,
                whatsapp == null ? null : new ResilientSmsSender("whatsapp", whatsapp, 1, meters),
                new SmsProperties.WhatsApp("auto", null, null, null, "IN", Duration.ofSeconds(30)),
                log);
    }

    private SmsSender provider(String name) {
        return sms -> {
            sent.add(name);
            return new SmsReceipt("stand-in", name + "-" + sent.size());
        };
    }

    private static SmsSender failing() {
        return sms -> {
            throw ProviderFailure.permanent("down");
        };
    }

    private static VerificationSms code(PhoneNumber to, ChannelRequest channel) {
        return new VerificationSms(to, "4821", Duration.ofMinutes(10), MessageKind.LOGIN, "en", null, channel);
    }
}
