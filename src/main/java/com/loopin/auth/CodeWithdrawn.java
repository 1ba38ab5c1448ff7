package com.loopin.auth;

import com.loopin.shared.PhoneNumber;

/** The SMS could not be sent after all: the code was taken back, in a transaction of its own. */
public record CodeWithdrawn(PhoneNumber phone) {}
