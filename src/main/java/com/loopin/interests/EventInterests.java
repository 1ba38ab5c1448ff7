package com.loopin.interests;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of event interests. */
@Service
@Transactional(readOnly = true)
public class EventInterests {

    private final EventInterestRepository repository;

    EventInterests(EventInterestRepository repository) {
        this.repository = repository;
    }

    /** The interests users may choose now, ordered by name. */
    public List<InterestView> active() {
        return repository.findByActiveTrueOrderByNameAsc().stream()
                .map(EventInterest::view)
                .toList();
    }

    /** The interests with these ids, active or not; unknown ids are left out. */
    public List<InterestView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findByIdIn(ids).stream().map(EventInterest::view).toList();
    }
}
