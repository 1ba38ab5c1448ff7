package com.loopin.sms.internal;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link SmsSender} the application uses: the configured provider, then the fallback if it fails. */
class SmsDelivery implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsDelivery.class);

    private final ResilientSmsSender primary;
    private final ResilientSmsSender fallback;

    SmsDelivery(ResilientSmsSender primary, ResilientSmsSender fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        try {
            return primary.sendVerificationCode(sms);
        } catch (ProviderFailure failure) {
            log.warn("SMS to {} failed on {}: {}", sms.to(), primary.name(), failure.getMessage());
            if (fallback == null) {
                throw unavailable();
            }
        }
        try {
            return fallback.sendVerificationCode(sms);
        } catch (ProviderFailure failure) {
            log.error("SMS to {} failed on fallback {} too: {}", sms.to(), fallback.name(), failure.getMessage());
            throw unavailable();
        }
    }

    @Override
    public boolean checksCodes() {
        return primary.checksCodes();
    }

    @Override
    public boolean checkCode(PhoneNumber to, String code) {
        return primary.checkCode(to, code);
    }

    private static SmsDeliveryException unavailable() {
        return new SmsDeliveryException("We could not send the SMS right now. Please try again in a moment.");
    }
}
