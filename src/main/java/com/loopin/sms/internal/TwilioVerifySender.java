package com.loopin.sms.internal;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.SmsDeliveryException;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.rest.verify.v2.service.VerificationCheck;

/**
 * Twilio Verify: Twilio makes the code, sends it and checks it; we never see it. Our attempts, limits and leads
 * still apply around it. Twilio writes the text; the Android app hash (Verify's {@code AppHash}) and the language
 * ({@code Locale}) are ours.
 */
class TwilioVerifySender implements SmsSender {

    private final TwilioRestClient client;
    private final String serviceSid;
    private final MessageText text;
    private final String channel;

    /** @param channel Verify's channel: {@code sms} or {@code whatsapp} */
    TwilioVerifySender(TwilioRestClient client, String serviceSid, MessageText text, String channel) {
        this.client = client;
        this.serviceSid = serviceSid;
        this.text = text;
        this.channel = channel;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        try {
            var creator =
                    Verification.creator(serviceSid, sms.to().e164(), channel).setLocale(sms.language());
            String appHash = text.appHashFor(sms.appHash());
            if (appHash != null && "sms".equals(channel)) {
                creator.setAppHash(appHash);
            }
            return new SmsReceipt("twilio-verify", creator.create(client).getSid());
        } catch (TwilioException e) {
            throw TwilioFailures.map(e);
        }
    }

    @Override
    public boolean checksCodes() {
        return true;
    }

    @Override
    public boolean checkCode(PhoneNumber to, String code) {
        try {
            var check = VerificationCheck.creator(serviceSid)
                    .setTo(to.e164())
                    .setCode(code)
                    .create(client);
            return "approved".equals(String.valueOf(check.getStatus()));
        } catch (ApiException e) {
            if (e.getStatusCode() != null && (e.getStatusCode() == 404 || e.getStatusCode() == 429)) {
                return false;
            }
            throw new SmsDeliveryException("The code could not be checked right now. Please try again.");
        } catch (TwilioException e) {
            throw new SmsDeliveryException("The code could not be checked right now. Please try again.");
        }
    }
}
