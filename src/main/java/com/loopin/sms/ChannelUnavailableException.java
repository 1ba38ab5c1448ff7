package com.loopin.sms;

import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;

/** The code request asked for WhatsApp, and this server has no WhatsApp sender configured. */
public class ChannelUnavailableException extends DomainException {

    public ChannelUnavailableException() {
        super(ErrorCode.CHANNEL_UNAVAILABLE, "Codes cannot be sent by WhatsApp right now. Please ask for an SMS.");
    }
}
