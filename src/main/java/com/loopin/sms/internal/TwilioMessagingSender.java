package com.loopin.sms.internal;

import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;

/** Twilio Programmable Messaging through the official SDK: we make the code, Twilio carries the text. */
class TwilioMessagingSender implements SmsSender {

    private final TwilioRestClient client;
    private final SmsProperties.Twilio twilio;
    private final MessageText text;

    TwilioMessagingSender(TwilioRestClient client, SmsProperties.Twilio twilio, MessageText text) {
        this.client = client;
        this.twilio = twilio;
        this.text = text;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        PhoneNumber to = new PhoneNumber(sms.to().e164());
        MessageCreator creator = SmsProperties.isSet(twilio.messagingServiceSid())
                ? Message.creator(to, twilio.messagingServiceSid(), text.of(sms))
                : Message.creator(to, new PhoneNumber(twilio.phoneNumber()), text.of(sms));
        if (SmsProperties.isSet(twilio.statusCallbackUrl())) {
            creator.setStatusCallback(URI.create(twilio.statusCallbackUrl()));
        }
        try {
            return new SmsReceipt("twilio", creator.create(client).getSid());
        } catch (TwilioException e) {
            throw TwilioFailures.map(e);
        }
    }
}
