package com.loopin.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A profile as its owner reads it ({@code GET /api/auth/profile}). */
record ProfileRead(
        long id,
        String name,
        String phoneNumber,
        boolean userActive,
        String gender,
        String bio,
        String location,
        LocalDate birthDate,
        Instant createdAt,
        Instant updatedAt,
        List<String> pictures,
        Set<Long> eventInterestIds) {}
