package com.loopin.sms;

import com.loopin.shared.PhoneNumber;

/**
 * Asked before a code is sent again by another channel (the WhatsApp-to-SMS fallback): only a code the user can
 * still use is worth a second message. The module that keeps codes implements it.
 */
public interface LiveCodes {

    /** True while this is the number's current code: not used, not replaced, not expired, attempts left. */
    boolean isLive(PhoneNumber phone, String code);
}
