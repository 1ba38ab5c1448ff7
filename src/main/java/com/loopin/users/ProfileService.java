package com.loopin.users;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
import com.loopin.users.ProfileReads.ProfileRead;
import com.loopin.users.ProfileResponses.CompletedProfile;
import com.loopin.users.ProfileResponses.InterestDetails;
import com.loopin.users.ProfileResponses.ProfileDetails;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProfileService {

    private final ProfileRepository profiles;
    private final ProfileReads reads;
    private final EventInterests interests;
    private final BusinessTime time;
    private final ProfileRules rules;
    private final MeterRegistry meters;

    ProfileService(
            ProfileRepository profiles,
            ProfileReads reads,
            EventInterests interests,
            BusinessTime time,
            ProfileRules rules,
            MeterRegistry meters) {
        this.profiles = profiles;
        this.reads = reads;
        this.interests = interests;
        this.time = time;
        this.rules = rules;
        this.meters = meters;
    }

    @Transactional
    CompletedProfile complete(long userId, CompleteProfileRequest request) {
        Profile profile = activeProfile(userId);
        PhoneNumber caller = new PhoneNumber(profile.getUser().getPhoneNumber());
        ValidProfile form = rules.check(request, caller);
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

    ProfileDetails details(long userId) {
        ProfileRead profile = reads.findByUserId(userId).orElseThrow(UserNotFoundException::new);
        if (!profile.userActive()) {
            throw new AccountDisabledException();
        }
        List<InterestDetails> chosen = interests.byIds(profile.eventInterestIds()).stream()
                .sorted(Comparator.comparing(InterestView::name))
                .map(this::interestDetails)
                .toList();
        return new ProfileDetails(
                profile.id(),
                profile.name(),
                profile.phoneNumber(),
                profile.gender(),
                profile.bio(),
                profile.location(),
                profile.birthDate(),
                chosen,
                profile.pictures(),
                profile.verified(),
                profile.active(),
                time.display(profile.createdAt()),
                time.display(profile.updatedAt()));
    }

    private Profile activeProfile(long userId) {
        Profile profile = profiles.findByUserId(userId).orElseThrow(UserNotFoundException::new);
        if (!profile.getUser().isActive()) {
            throw new AccountDisabledException();
        }
        return profile;
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
