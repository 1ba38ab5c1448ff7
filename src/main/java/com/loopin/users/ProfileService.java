package com.loopin.users;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
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
    private final UserRepository users;
    private final EventInterests interests;
    private final BusinessTime time;
    private final ProfileRules rules;
    private final MeterRegistry meters;
    private final PersonCards cards;

    ProfileService(
            ProfileRepository profiles,
            UserRepository users,
            EventInterests interests,
            BusinessTime time,
            ProfileRules rules,
            MeterRegistry meters,
            PersonCards cards) {
        this.profiles = profiles;
        this.cards = cards;
        this.users = users;
        this.interests = interests;
        this.time = time;
        this.rules = rules;
        this.meters = meters;
    }

    @Transactional
    CompletedProfile complete(long userId, CompleteProfileRequest request) {
        User user = users.find(userId).orElseThrow(UserNotFoundException::new);
        if (!user.isActive()) {
            throw new AccountDisabledException();
        }
        Profile profile = profiles.findByUserId(userId).orElseThrow(UserNotFoundException::new);
        PhoneNumber caller = new PhoneNumber(user.getPhoneNumber());
        ValidProfile form = rules.check(request, caller);
        boolean firstTime = !profile.isComplete();
        profile.complete(form, time.now());
        profiles.update(profile);
        cards.forget(userId);
        if (firstTime) {
            meters.counter("loopin.profiles.completed").increment();
        }
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
        ProfileRead profile = profiles.ownerView(userId).orElseThrow(UserNotFoundException::new);
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
                true, // every account's number is verified: the account was created by a verified code
                profile.userActive(),
                time.display(profile.createdAt()),
                time.display(profile.updatedAt()));
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
