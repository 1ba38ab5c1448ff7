package com.loopin.users;

import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.PhoneNumbers;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The profile rules with what they need to know now: today's date and which interests are active. */
@Component
class ProfileRules {

    private final ProfileFormValidator validator;
    private final EventInterests interests;
    private final BusinessTime time;

    ProfileRules(PhoneNumbers numbers, EventInterests interests, BusinessTime time) {
        this.validator = new ProfileFormValidator(numbers);
        this.interests = interests;
        this.time = time;
    }

    /** @throws com.loopin.shared.ValidationFailedException listing every failing field */
    ValidProfile check(CompleteProfileRequest request, PhoneNumber owner) {
        return validator.validate(request, owner, time.today(), activeAmong(request.eventInterests()));
    }

    private Set<Long> activeAmong(List<Long> requested) {
        if (requested == null) {
            return Set.of();
        }
        return interests
                .byIds(requested.stream().filter(Objects::nonNull).distinct().toList())
                .stream()
                .filter(InterestView::active)
                .map(InterestView::id)
                .collect(Collectors.toSet());
    }
}
