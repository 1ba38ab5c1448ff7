package com.loopin.users;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import com.loopin.users.ProfileResponses.CompletedProfile;
import com.loopin.users.ProfileResponses.InterestDetails;
import com.loopin.users.ProfileResponses.ProfileDetails;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProfileService {

    private final ProfileRepository profiles;
    private final EventInterests interests;
    private final BusinessTime time;
    private final ProfileFormValidator validator;
    private final MeterRegistry meters;

    ProfileService(
            ProfileRepository profiles,
            EventInterests interests,
            BusinessTime time,
            PhoneNumbers phoneNumbers,
            MeterRegistry meters) {
        this.profiles = profiles;
        this.interests = interests;
        this.time = time;
        this.validator = new ProfileFormValidator(phoneNumbers);
        this.meters = meters;
    }

    @Transactional
    CompletedProfile complete(long userId, CompleteProfileRequest request) {
        Profile profile = activeProfile(userId);
        PhoneNumber caller = new PhoneNumber(profile.getUser().getPhoneNumber());
        ProfileForm form = validator.validate(request, caller, time.today(), activeAmong(request.eventInterests()));
        boolean firstTime = !profile.isComplete();
        profile.complete(form, time.now());
        if (firstTime) {
            meters.counter("loopin.profiles.completed").increment();
        }
        profiles.flush();
        return new CompletedProfile(
                userId,
                profile.getId(),
                profile.getName(),
                caller.e164(),
                profile.getGender(),
                form.eventInterests().size(),
                form.profilePictures().size());
    }

    @Transactional(readOnly = true)
    ProfileDetails details(long userId) {
        Profile profile = activeProfile(userId);
        List<InterestDetails> chosen = interests.byIds(profile.getEventInterestIds()).stream()
                .sorted(Comparator.comparing(InterestView::name))
                .map(this::interestDetails)
                .toList();
        return new ProfileDetails(
                profile.getId(),
                profile.getName(),
                profile.getUser().getPhoneNumber(),
                profile.getGender(),
                profile.getBio(),
                profile.getLocation(),
                profile.getBirthDate(),
                chosen,
                profile.getPictures(),
                profile.isVerified(),
                profile.isActive(),
                time.display(profile.getCreatedAt()),
                time.display(profile.getUpdatedAt()));
    }

    private Profile activeProfile(long userId) {
        Profile profile = profiles.findByUserId(userId).orElseThrow(UserNotFoundException::new);
        if (!profile.getUser().isActive()) {
            throw new AccountDisabledException();
        }
        return profile;
    }

    private Set<Long> activeAmong(List<Long> requested) {
        if (requested == null) {
            return Set.of();
        }
        List<Long> ids = requested.stream().filter(Objects::nonNull).distinct().toList();
        return interests.byIds(ids).stream()
                .filter(InterestView::active)
                .map(InterestView::id)
                .collect(Collectors.toSet());
    }

    private InterestDetails interestDetails(InterestView interest) {
        return new InterestDetails(
                interest.id(),
                interest.name(),
                interest.description(),
                interest.active(),
                time.display(interest.createdAt()),
                time.display(interest.updatedAt()));
    }
}
