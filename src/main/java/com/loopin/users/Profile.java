package com.loopin.users;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user's profile with its pictures (in order) and chosen interests: a Spring Data JDBC aggregate, saved whole. It
 * names its user by id. A profile is <em>complete</em> once a form that passed every rule has been saved to it
 * ({@code completed_at}); the rules keep every required field present from then on.
 */
@Table("user_profile")
class Profile {

    @Id
    private Long id;

    private final long userId;
    private String name;
    private String bio;
    private String location;
    private LocalDate birthDate;
    private String gender;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;

    @MappedCollection(idColumn = "profile_id", keyColumn = "position")
    private List<Picture> pictures = new ArrayList<>();

    @MappedCollection(idColumn = "profile_id")
    private Set<ChosenInterest> interests = new LinkedHashSet<>();

    @Table("profile_picture")
    record Picture(String url) {}

    @Table("profile_event_interest")
    record ChosenInterest(long eventInterestId) {}

    @PersistenceCreator
    Profile(Long id, long userId, Instant createdAt) {
        this.id = id;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    /** The empty profile a user gets when their number is first verified. */
    static Profile empty(long userId, Instant now) {
        Profile profile = new Profile(null, userId, now);
        profile.updatedAt = now;
        return profile;
    }

    void complete(ValidProfile form, Instant now) {
        this.name = form.name();
        this.birthDate = form.birthDate();
        this.gender = form.gender();
        this.bio = form.bio();
        this.location = form.location();
        this.pictures.clear();
        form.profilePictures().forEach(url -> pictures.add(new Picture(url)));
        this.interests.clear();
        form.eventInterests().forEach(interest -> interests.add(new ChosenInterest(interest)));
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

    Instant getCompletedAt() {
        return completedAt;
    }

    List<String> getPictures() {
        return pictures.stream().map(Picture::url).toList();
    }

    Set<Long> getEventInterestIds() {
        Set<Long> ids = new LinkedHashSet<>();
        interests.forEach(interest -> ids.add(interest.eventInterestId()));
        return ids;
    }
}
