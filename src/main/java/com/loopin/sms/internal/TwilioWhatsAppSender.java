package com.loopin.sms.internal;

import com.loopin.sms.SmsReceipt;
import com.loopin.sms.SmsSender;
import com.loopin.sms.VerificationSms;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Codes by WhatsApp through Twilio Programmable Messaging: our code in the approved authentication template
 * ({@code TWILIO_WHATSAPP_CONTENT_SID}, its one variable {@code {{1}}} the code; Meta writes the text and the
 * copy-code button), from our WhatsApp sender. Delivery reports come to the same status callback as SMS.
 */
class TwilioWhatsAppSender implements SmsSender {

    private final TwilioRestClient client;
    private final SmsProperties.Twilio twilio;
    private final SmsProperties.WhatsApp whatsapp;
    private final JsonMapper json;

    TwilioWhatsAppSender(
            TwilioRestClient client, SmsProperties.Twilio twilio, SmsProperties.WhatsApp whatsapp, JsonMapper json) {
        this.client = client;
        this.twilio = twilio;
        this.whatsapp = whatsapp;
        this.json = json;
    }

    @Override
    public SmsReceipt sendVerificationCode(VerificationSms sms) {
        String contentSid = "hi".equals(sms.language()) && SmsProperties.isSet(whatsapp.contentSidHi())
                ? whatsapp.contentSidHi()
                : whatsapp.contentSid();
        var creator = Message.creator(
                        new PhoneNumber("whatsapp:" + sms.to().e164()), new PhoneNumber(sender()), (String) null)
                .setContentSid(contentSid)
                .setContentVariables(json.writeValueAsString(Map.of("1", sms.code())));
        if (SmsProperties.isSet(twilio.statusCallbackUrl())) {
            creator.setStatusCallback(twilio.statusCallbackUrl());
        }
        try {
            return new SmsReceipt("twilio", creator.create(client).getSid());
        } catch (TwilioException e) {
            throw TwilioFailures.map(e);
        }
    }

    private String sender() {
        String from = whatsapp.from().strip();
        return from.startsWith("whatsapp:") ? from : "whatsapp:" + from;
    }
}
