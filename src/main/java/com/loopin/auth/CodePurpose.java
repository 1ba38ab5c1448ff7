package com.loopin.auth;

/** What a code was sent for: a code sent for sign-up does not log in, and the other way round. */
enum CodePurpose {
    SIGNUP,
    LOGIN
}
