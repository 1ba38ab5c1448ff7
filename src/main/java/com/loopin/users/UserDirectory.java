package com.loopin.users;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange.FieldChange;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.ValidationFailedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Users and profiles as staff see and change them. */
@Service
public class UserDirectory {

    private final ProfileRepository profiles;
    private final BusinessTime time;
    private final ProfileRules rules;
    private final EventInterests interests;
    private final ApplicationEventPublisher events;
    private final PersonCards cards;

    UserDirectory(
            ProfileRepository profiles,
            BusinessTime time,
            ProfileRules rules,
            EventInterests interests,
            ApplicationEventPublisher events,
            PersonCards cards) {
        this.profiles = profiles;
        this.cards = cards;
        this.time = time;
        this.rules = rules;
        this.interests = interests;
        this.events = events;
    }

    /** What removing one picture from a profile came to. */
    public enum PictureRemoval {
        REMOVED,
        NOT_IN_PROFILE,
        /** A profile needs at least one picture: nothing was changed. */
        ONLY_PICTURE
    }

    /**
     * Of these file names (the last segment of a picture URL's path), the ones some profile's picture URL ends
     * with.
     */
    @Transactional(readOnly = true)
    public Set<String> pictureNamesInUse(Collection<String> names) {
        return profiles.pictureNamesInUse(names);
    }

    /** These users with their profiles, by id (users that do not exist are left out). */
    @Transactional(readOnly = true)
    public Map<Long, UserSummary> findAll(Collection<Long> userIds) {
        return profiles.summaries(userIds).stream()
                .collect(Collectors.toMap(UserSummary::userId, user -> user, (a, b) -> a));
    }

    /**
     * Name and first picture of each of these users who has a profile (hosts on event pages, guests later): kept
     * for a minute ({@link PersonCards}), the others read in one statement, so no transaction of its own.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Map<Long, PersonCard> cards(Collection<Long> userIds) {
        return cards.of(userIds);
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(UserFilter filter, Pageable page) {
        return profiles.search(filter, time.zone(), page);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long userId) {
        return profiles.summary(userId);
    }

    /** The account's standing (active, profile complete, gender) in one statement; empty for no such account. */
    @Transactional(readOnly = true)
    public Optional<ProfileStanding> standing(long userId) {
        return profiles.standing(userId);
    }

    /**
     * Changes a profile with the same rules as the app's form; {@link ProfileEdited} records who changed which
     * fields.
     *
     * @return the profile after the change
     * @throws com.loopin.shared.ValidationFailedException listing every failing field, before anything changed
     */
    @Transactional(noRollbackFor = ValidationFailedException.class)
    public UserSummary updateProfile(Actor actor, long userId, ProfileChange change) {
        UserSummary before = profiles.summary(userId).orElseThrow(UserNotFoundException::new);
        UserSummary after = apply(before, change);
        events.publishEvent(new ProfileEdited(
                userId, actor, after.phoneNumber(), FieldChange.between(described(before), described(after))));
        return after;
    }

    /**
     * Takes one picture off a profile (staff moderation), keeping the rest of it as it is.
     *
     * @throws com.loopin.shared.ValidationFailedException when the rest of the profile no longer passes the rules
     */
    @Transactional(noRollbackFor = ValidationFailedException.class)
    public PictureRemoval removePicture(Actor actor, long userId, String url) {
        UserSummary user = profiles.summary(userId).orElseThrow(UserNotFoundException::new);
        List<String> remaining = new ArrayList<>(user.pictures());
        if (!remaining.remove(url)) {
            return PictureRemoval.NOT_IN_PROFILE;
        }
        if (remaining.isEmpty()) {
            return PictureRemoval.ONLY_PICTURE;
        }
        apply(
                user,
                new ProfileChange(
                        user.name(),
                        user.birthDate() == null ? null : user.birthDate().toString(),
                        user.gender(),
                        List.copyOf(user.interestIds()),
                        remaining,
                        user.bio(),
                        user.location()));
        events.publishEvent(new ProfilePictureRemoved(userId, actor, user.phoneNumber(), url));
        return PictureRemoval.REMOVED;
    }

    private UserSummary apply(UserSummary current, ProfileChange change) {
        var request = new CompleteProfileRequest(
                null,
                change.name(),
                change.birthDate(),
                change.gender(),
                change.eventInterests(),
                change.profilePictures(),
                change.bio(),
                change.location());
        ValidProfile form = rules.check(request, new PhoneNumber(current.phoneNumber()));
        Profile profile = profiles.findByUserId(current.userId()).orElseThrow(UserNotFoundException::new);
        profile.complete(form, time.now());
        profiles.update(profile);
        cards.forget(current.userId());
        return new UserSummary(
                current.userId(),
                current.profileId(),
                current.phoneNumber(),
                profile.getName(),
                profile.getGender(),
                profile.getLocation(),
                profile.getBio(),
                profile.getBirthDate(),
                profile.getPictures(),
                Set.copyOf(profile.getEventInterestIds()),
                current.active(),
                profile.isComplete(),
                current.createdAt(),
                profile.getCompletedAt());
    }

    /** A profile as the audit log shows it: readable values, interests by name. */
    private SequencedMap<String, String> described(UserSummary user) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", user.name());
        fields.put(
                "birth_date", user.birthDate() == null ? null : user.birthDate().toString());
        fields.put("gender", user.gender());
        fields.put(
                "event_interests",
                interests.byIds(user.interestIds()).stream()
                        .map(InterestView::name)
                        .sorted()
                        .collect(Collectors.joining(", ")));
        fields.put("profile_pictures", String.join(" ", user.pictures()));
        fields.put("bio", user.bio());
        fields.put("location", user.location());
        return fields;
    }

    /** How many users chose each interest. */
    @Transactional(readOnly = true)
    public Map<Long, Long> usersPerInterest() {
        return profiles.countPerInterest();
    }

    @Transactional(readOnly = true)
    public Map<LocalDate, Long> profilesCompletedPerDay(Instant since, ZoneId zone) {
        return profiles.completedPerDay(since, zone);
    }
}
