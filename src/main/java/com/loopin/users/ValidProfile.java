package com.loopin.users;

import java.time.LocalDate;
import java.util.List;

/** A profile form that passed every rule: trimmed, typed, ready to store. */
record ValidProfile(
        String name,
        LocalDate birthDate,
        String gender,
        List<Long> eventInterests,
        List<String> profilePictures,
        String bio,
        String location) {}
