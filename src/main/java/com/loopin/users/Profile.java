package com.loopin.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "user_profile")
class Profile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(length = 100)
    private String name;

    @Column(length = 500)
    private String bio;

    @Column(length = 100)
    private String location;

    private LocalDate birthDate;

    @Column(length = 10)
    private String gender;

    @Column(name = "is_verified", nullable = false)
    private boolean verified;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant completedAt;

    @ElementCollection
    @CollectionTable(name = "profile_picture", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 2048)
    private List<String> pictures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "profile_event_interest", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "event_interest_id", nullable = false)
    private Set<Long> eventInterestIds = new LinkedHashSet<>();

    protected Profile() {}

    /** The empty profile a user gets when their number is first verified. */
    static Profile verifiedEmpty(User user, Instant now) {
        Profile profile = new Profile();
        profile.user = user;
        profile.verified = true;
        profile.active = true;
        profile.createdAt = now;
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
        this.pictures.addAll(form.profilePictures());
        this.eventInterestIds.clear();
        this.eventInterestIds.addAll(form.eventInterests());
        this.updatedAt = now;
        if (completedAt == null) {
            completedAt = now;
        }
    }

    /** Complete when everything the app asks for at sign-up is there; bio and location are optional. */
    boolean isComplete() {
        return name != null
                && birthDate != null
                && gender != null
                && !eventInterestIds.isEmpty()
                && !pictures.isEmpty();
    }

    Long getId() {
        return id;
    }

    User getUser() {
        return user;
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

    boolean isVerified() {
        return verified;
    }

    boolean isActive() {
        return active;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    List<String> getPictures() {
        return List.copyOf(pictures);
    }

    Set<Long> getEventInterestIds() {
        return Set.copyOf(eventInterestIds);
    }
}
