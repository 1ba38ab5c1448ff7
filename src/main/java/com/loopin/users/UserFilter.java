package com.loopin.users;

import java.time.LocalDate;

/**
 * What staff filter users and profiles by; every part may be null.
 *
 * @param query digits of the number, or part of the name
 * @param profileStatus {@code complete} or {@code incomplete}
 */
public record UserFilter(
        String query,
        Boolean active,
        String profileStatus,
        String gender,
        String location,
        LocalDate createdFrom,
        LocalDate createdTo) {}
