package com.loopin.auth;

import com.loopin.shared.PhoneNumber;

/** A wrong code was entered for this number; published in the verifying transaction, which commits anyway. */
public record WrongCodeEntered(PhoneNumber phone) {}
