package com.loopin.auth;

import com.loopin.shared.PhoneNumber;

/** The SMS provider took the message with the code; its delivery reports will name {@code messageId}. */
public record CodeMessageAccepted(PhoneNumber phone, String messageId) {}
