package com.loopin.users;

/**
 * What another module checks before letting a person act (ask to join an event): whether the account is active, the
 * profile complete, and the gender an audience is matched on. One statement, where a {@link UserSummary} takes three.
 */
public record ProfileStanding(long userId, boolean active, boolean profileComplete, String gender) {}
