package com.loopin.users;

/** A person as others see them beside an event: the name and the first profile picture (either may be null). */
public record PersonCard(long userId, String name, String picture) {}
