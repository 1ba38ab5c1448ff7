package com.loopin.users;

import java.util.List;

/** A profile as staff edit it; checked with the same rules as the app's form. */
public record ProfileChange(
        String name,
        String birthDate,
        String gender,
        List<Long> eventInterests,
        List<String> profilePictures,
        String bio,
        String location) {}
