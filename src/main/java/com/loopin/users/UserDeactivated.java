package com.loopin.users;

/** A user was deactivated: whatever they were signed in with must stop working now. */
public record UserDeactivated(long userId) {}
