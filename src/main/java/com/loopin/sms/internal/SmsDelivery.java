package com.loopin.sms.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.loopin.shared.PhoneNumber;
import com.loopin.sms.Channel;
import com.loopin.sms.ChannelRequest;
import com.loopin.sms.ChannelUnavailableException;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsRecipientRejectedException;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SmsSender} the application uses. It chooses the channel (SMS; WhatsApp when asked for, or for {@code
 * auto} when the number's country is one of {@code WHATSAPP_COUNTRIES}), sends through the configured provider and,
 * for SMS, the fallback provider if the first fails, and records each message as a delivery whose id the app can ask
 * about. An {@code auto} code sent by WhatsApp waits for its delivery report: if WhatsApp fails at once the SMS goes
 * at once; if it fails later, or reports nothing within {@code WHATSAPP_FALLBACK_SECONDS}, {@link Fallbacks} sends
 * the same code by SMS.
 */
class SmsDelivery implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);

    /** Where each message is recorded as a delivery; returns its id, or null when none is kept. */
    @FunctionalInterface
    interface DeliveryLog {
        /**
         * @param failedReason set: the provider refused the message, for this reason
         * @param fallbackAfter set: the same code goes by SMS unless WhatsApp reports a delivery within it
         */
        String record(
                VerificationSms sms, Channel channel, SmsReceipt receipt, String failedReason, Duration fallbackAfter);
    }

    private final ResilientSmsSender primary;
    private final ResilientSmsSender fallback;
    private final ResilientSmsSender whatsapp;
    private final Set<String> whatsappCountries;
    private final Duration whatsappWait;
    private final DeliveryLog deliveries;

    SmsDelivery(
            ResilientSmsSender primary,
            ResilientSmsSender fallback,
            ResilientSmsSender whatsapp,
            SmsProperties.WhatsApp whatsappSettings,
            DeliveryLog deliveries) {
        this.primary = primary;
        this.fallback = fallback;
        this.whatsapp = whatsapp;
        this.whatsappCountries = whatsappSettings.countryCodes();
        this.whatsappWait = whatsappSettings.fallbackAfter();
        this.deliveries = deliveries;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        if (byWhatsApp(sms)) {
            boolean auto = sms.channel() == ChannelRequest.AUTO;
            try {
                SmsReceipt receipt = whatsapp.sendVerificationCode(sms);
                return recorded(sms, Channel.WHATSAPP, receipt, null, auto);
            } catch (ProviderFailure | SmsRecipientRejectedException failure) {
                log.warn("WhatsApp code to {} failed on {}: {}", sms.to(), whatsapp.name(), failure.getMessage());
                if (!auto) {
                    throw failure instanceof ProviderFailure ? unavailable() : failure;
                }
                recorded(sms, Channel.WHATSAPP, new SmsReceipt(whatsapp.name(), null), reason(failure), false);
            }
        }
        return bySms(sms.by(ChannelRequest.SMS));
    }

    /** The code by SMS: the provider, then the fallback provider; recorded as a delivery. */
    SmsReceipt bySms(VerificationSms sms) {
        try {
            return recorded(sms, Channel.SMS, primary.sendVerificationCode(sms), null, false);
        } catch (ProviderFailure failure) {
            log.warn("SMS to {} failed on {}: {}", sms.to(), primary.name(), failure.getMessage());
            if (fallback == null) {
                throw unavailable();
            }
        }
        try {
            return recorded(sms, Channel.SMS, fallback.sendVerificationCode(sms), null, false);
        } catch (ProviderFailure failure) {
            log.error("SMS to {} failed on fallback {} too: {}", sms.to(), fallback.name(), failure.getMessage());
            throw unavailable();
        }
    }

    @Override
    public boolean offers(Channel channel) {
        return channel == Channel.SMS || whatsapp != null;
    }

    private boolean byWhatsApp(VerificationSms sms) {
        return switch (sms.channel()) {
            case SMS -> false;
            case WHATSAPP -> {
                if (whatsapp == null) {
                    throw new ChannelUnavailableException();
                }
                yield true;
            }
            case AUTO -> whatsapp != null && whatsappCountries.contains(regionOf(sms.to()));
        };
    }

    private SmsReceipt recorded(
            VerificationSms sms, Channel channel, SmsReceipt receipt, String failedReason, boolean waitForReport) {
        String id = deliveries.record(sms, channel, receipt, failedReason, waitForReport ? whatsappWait : null);
        return new SmsReceipt(receipt.provider(), receipt.messageId(), channel, id);
    }

    @Override
    public boolean checksCodes() {
        return primary.checksCodes();
    }

    @Override
    public boolean checkCode(PhoneNumber to, String code) {
        return primary.checkCode(to, code);
    }

    private static String reason(RuntimeException failure) {
        return failure instanceof SmsRecipientRejectedException ? "recipient_rejected" : "provider_unavailable";
    }

    private static String regionOf(PhoneNumber phone) {
        var util = PhoneNumberUtil.getInstance();
        try {
            String region = util.getRegionCodeForNumber(util.parse(phone.e164(), null));
            return region == null ? "" : region;
        } catch (NumberParseException e) {
            return "";
        }
    }

    private static SmsDeliveryException unavailable() {
        return new SmsDeliveryException("We could not send the SMS right now. Please try again in a moment.");
    }
}
