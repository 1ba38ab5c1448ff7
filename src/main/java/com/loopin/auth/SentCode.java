package com.loopin.auth;

import com.loopin.shared.PhoneNumber;
import java.time.Duration;

/** What a code request came to: the number the code went to, its length and how long it is good for. */
record SentCode(PhoneNumber phone, int codeLength, Duration validity) {}
