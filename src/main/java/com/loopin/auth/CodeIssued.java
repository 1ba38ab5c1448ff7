package com.loopin.auth;

import com.loopin.shared.PhoneNumber;

/** A code was made for this number (a test number's too). Published in the code request's transaction, before the SMS leaves. */
public record CodeIssued(PhoneNumber phone, boolean testNumber) {}
