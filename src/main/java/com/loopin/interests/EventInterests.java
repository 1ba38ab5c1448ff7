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
    private final java.time.Clock clock;

    EventInterests(EventInterestRepository repository, java.time.Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The interests users may choose now, ordered by name. */
    public List<InterestView> active() {
        return repository.findByActiveTrueOrderByNameAsc().stream()
                .map(EventInterest::view)
                .toList();
    }

    public List<InterestView> all() {
        return repository.findAllByOrderByNameAsc().stream()
                .map(EventInterest::view)
                .toList();
    }

    /** @throws IllegalArgumentException with a message for people when the name is empty, too long or taken */
    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public InterestView create(String name, String description) {
        String clean = checkedName(name, null);
        return repository
                .save(new EventInterest(clean, blankToNull(description), true, clock.instant()))
                .view();
    }

    @Transactional(noRollbackFor = IllegalArgumentException.class)
    public InterestView[] update(long id, String name, String description) {
        EventInterest interest =
                repository.findById(id).orElseThrow(() -> new IllegalArgumentException("No such interest."));
        InterestView before = interest.view();
        interest.change(checkedName(name, id), blankToNull(description), clock.instant());
        repository.flush();
        return new InterestView[] {before, interest.view()};
    }

    /** Activates or deactivates; returns the interests that changed. An inactive one leaves the app at once. */
    @Transactional
    public List<InterestView> setActive(Collection<Long> ids, boolean active) {
        var now = clock.instant();
        return repository.findAllById(ids).stream()
                .filter(interest -> interest.setActive(active, now))
                .map(EventInterest::view)
                .toList();
    }

    private String checkedName(String name, Long id) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new IllegalArgumentException("Name: 1 to 100 characters.");
        }
        boolean taken = id == null
                ? repository.existsByNameIgnoreCase(clean)
                : repository.existsByNameIgnoreCaseAndIdNot(clean, id);
        if (taken) {
            throw new IllegalArgumentException("There is already an interest named " + clean + ".");
        }
        return clean;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The interests with these ids, active or not; unknown ids are left out. */
    public List<InterestView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findByIdIn(ids).stream().map(EventInterest::view).toList();
    }
}
