package com.loopin.auth;

import com.loopin.shared.PhoneNumber;
import java.time.Duration;

record CodeSent(PhoneNumber phone, int codeLength, Duration validity) {}
