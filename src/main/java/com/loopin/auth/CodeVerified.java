package com.loopin.auth;

import com.loopin.shared.PhoneNumber;

/** The number proved it is reachable: the right code came back. Published in the verifying transaction. */
public record CodeVerified(PhoneNumber phone) {}
