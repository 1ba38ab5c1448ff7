package com.loopin.auth;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.Channel;
import java.time.Duration;

/**
 * What a code request came to: the number the code went to, its length, how long it is good for, the channel it
 * went by and the delivery to ask about (null for a test number).
 */
record SentCode(PhoneNumber phone, int codeLength, Duration validity, Channel channel, String deliveryId) {}
