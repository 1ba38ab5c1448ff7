package com.loopin.users;

import com.loopin.shared.PhoneNumber;

/**
 * The account is being deleted in the current transaction: what other modules keep of the user goes too.
 *
 * @param phoneNumber the number the account had, for the modules that keep data by number
 */
public record UserDeleted(long userId, PhoneNumber phoneNumber) {}
