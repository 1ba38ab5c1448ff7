package com.loopin.admin;

import com.loopin.users.UserFilter;

/**
 * The users and profiles pages' filter forms as their URLs carry them. {@code active} is {@code yes}/{@code no}; {@code profile} is {@code complete}, {@code incomplete} or {@code any}.
 */
record UserListFilter(String q, String active, String profile, String gender, String location, String from, String to) {

    /** The users page: every account, narrowed by the filters it offers. */
    UserFilter accounts() {
        return new UserFilter(q, AdminRequests.yesNo(active), profile, null, null, null, null);
    }

    /** The profiles page: complete profiles unless asked otherwise. */
    UserFilter profiles() {
        return new UserFilter(
                q,
                AdminRequests.yesNo(active),
                "incomplete".equals(profile) ? "incomplete" : "any".equals(profile) ? null : "complete",
                gender == null || gender.isBlank() ? null : gender,
                location,
                AdminRequests.date(from),
                AdminRequests.date(to));
    }

    /** The profile filter as the profiles page shows it selected. */
    String profileShown() {
        return profile == null || profile.isBlank() ? "complete" : profile;
    }
}
