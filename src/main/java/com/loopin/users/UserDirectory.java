package com.loopin.users;

import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and profiles as staff see and change them. */
@Service
public class UserDirectory {

    private final ProfileRepository profiles;
    private final BusinessTime time;
    private final ProfileRules rules;
    private final PictureReferences pictures;

    UserDirectory(ProfileRepository profiles, BusinessTime time, ProfileRules rules, PictureReferences pictures) {
        this.profiles = profiles;
        this.time = time;
        this.rules = rules;
        this.pictures = pictures;
    }

    /**
     * Of these file names (the last segment of a picture URL's path), the ones some profile's picture URL ends
     * with.
     */
    @Transactional(readOnly = true)
    public java.util.Set<String> pictureNamesInUse(java.util.Collection<String> names) {
        return pictures.namesInUse(names);
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(UserFilter filter, Pageable page) {
        return profiles.findAll(ProfileSpecifications.matching(filter, time.zone()), page)
                .map(UserDirectory::summary);
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long userId) {
        return profiles.findByUserId(userId).map(UserDirectory::summary);
    }

    /**
     * Changes a profile with the same rules as the app's form.
     *
     * @return the profile before and after
     * @throws com.loopin.shared.ValidationFailedException listing every failing field, before anything changed
     */
    @Transactional(noRollbackFor = com.loopin.shared.ValidationFailedException.class)
    public UserSummary[] updateProfile(long userId, ProfileChange change) {
        Profile profile = profiles.findByUserId(userId).orElseThrow(UserNotFoundException::new);
        UserSummary before = summary(profile);
        var request = new CompleteProfileRequest(
                null,
                change.name(),
                change.birthDate(),
                change.gender(),
                change.eventInterests(),
                change.profilePictures(),
                change.bio(),
                change.location());
        ProfileForm form =
                rules.check(request, new PhoneNumber(profile.getUser().getPhoneNumber()));
        profile.complete(form, time.now());
        profiles.flush();
        return new UserSummary[] {before, summary(profile)};
    }

    /** How many users chose each interest. */
    @Transactional(readOnly = true)
    public Map<Long, Long> usersPerInterest() {
        return profiles.countUsersPerInterest().stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    @Transactional(readOnly = true)
    public Map<LocalDate, Long> profilesCompletedPerDay(Instant since, ZoneId zone) {
        return BusinessTime.countPerDay(profiles.completionsSince(since), zone);
    }

    static UserSummary summary(Profile profile) {
        User user = profile.getUser();
        return new UserSummary(
                user.getId(),
                profile.getId(),
                user.getPhoneNumber(),
                profile.getName(),
                profile.getGender(),
                profile.getLocation(),
                profile.getBio(),
                profile.getBirthDate(),
                profile.getPictures(),
                profile.getEventInterestIds(),
                profile.isVerified(),
                user.isActive(),
                profile.isComplete(),
                user.getCreatedAt(),
                profile.getCompletedAt());
    }
}
