package com.loopin.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's profile with its pictures (in order) and chosen interests, loaded and saved whole by {@link
 * ProfileRepository}'s statements. It names its user by id. A profile is <em>complete</em> once a form that passed
 * every rule has been saved to it ({@code completed_at}); the rules keep every required field present from then on.
 */
class Profile {

    private final Long id;
    private final long userId;
    private String name;
    private String bio;
    private String location;
    private LocalDate birthDate;
    private String gender;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private final List<String> pictures = new ArrayList<>();
    private final Set<Long> interestIds = new LinkedHashSet<>();

    /** A profile as stored; {@code id} is null for one not stored yet. */
    Profile(
            Long id,
            long userId,
            String name,
            String bio,
            String location,
            LocalDate birthDate,
            String gender,
            Instant createdAt,
            Instant updatedAt,
            Instant completedAt,
            List<String> pictures,
            Set<Long> interestIds) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.bio = bio;
        this.location = location;
        this.birthDate = birthDate;
        this.gender = gender;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.completedAt = completedAt;
        this.pictures.addAll(pictures);
        this.interestIds.addAll(interestIds);
    }

    /** The empty profile a user gets when their number is first verified. */
    static Profile empty(long userId, Instant now) {
        return new Profile(null, userId, null, null, null, null, null, now, now, null, List.of(), Set.of());
    }

    void complete(ValidProfile form, Instant now) {
        this.name = form.name();
        this.birthDate = form.birthDate();
        this.gender = form.gender();
        this.bio = form.bio();
        this.location = form.location();
        this.pictures.clear();
        this.pictures.addAll(form.profilePictures());
        this.interestIds.clear();
        this.interestIds.addAll(form.eventInterests());
        this.updatedAt = now;
        if (completedAt == null) {
            completedAt = now;
        }
    }

    boolean isComplete() {
        return completedAt != null;
    }

    Long getId() {
        return id;
    }

    long getUserId() {
        return userId;
    }

    String getName() {
        return name;
    }

    String getBio() {
        return bio;
    }

    String getLocation() {
        return location;
    }

    LocalDate getBirthDate() {
        return birthDate;
    }

    String getGender() {
        return gender;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    List<String> getPictures() {
        return List.copyOf(pictures);
    }

    Set<Long> getEventInterestIds() {
        return Collections.unmodifiableSet(interestIds);
    }
}
