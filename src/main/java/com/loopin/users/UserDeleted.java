package com.loopin.users;

/** The account is being deleted in the current transaction: what other modules keep of the user goes too. */
public record UserDeleted(long userId) {}
