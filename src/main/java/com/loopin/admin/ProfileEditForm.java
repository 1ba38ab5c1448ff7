package com.loopin.admin;

import com.loopin.users.ProfileChange;
import com.loopin.users.UserSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The console's profile form. Pictures are one URL per line; interests are checkboxes.
 *
 * @param pictures one absolute http(s) URL per line, in display order
 */
public record ProfileEditForm(
        String name,
        String birthDate,
        String gender,
        List<Long> eventInterests,
        String pictures,
        String bio,
        String location) {

    static ProfileEditForm of(UserSummary user) {
        return new ProfileEditForm(
                user.name(),
                user.birthDate() == null ? "" : user.birthDate().toString(),
                user.gender(),
                new ArrayList<>(user.interestIds()),
                String.join("\n", user.pictures()),
                user.bio(),
                user.location());
    }

    ProfileChange change() {
        List<String> urls = pictures == null
                ? List.of()
                : Arrays.stream(pictures.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        return new ProfileChange(name, birthDate, gender, eventInterests, urls, bio, location);
    }

    /** The form field an API field error belongs to ({@code profile_pictures[2]} → {@code pictures}). */
    static String fieldOf(String apiField) {
        return switch (apiField.replaceAll("\\[\\d+]$", "")) {
            case "birth_date" -> "birthDate";
            case "event_interests" -> "eventInterests";
            case "profile_pictures" -> "pictures";
            default -> apiField;
        };
    }
}
