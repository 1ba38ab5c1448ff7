package com.loopin.interests;

import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange.FieldChange;
import com.loopin.shared.ChangeRefusedException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other modules may ask of event interests. The list (a few dozen rows) is served from memory, so showing
 * or checking a profile's interests costs no query: a change made here is announced to every instance when it
 * commits, and each instance reloads the list every few seconds anyway.
 */
@Service
@Transactional(readOnly = true)
public class EventInterests {

    static final String CHANNEL = "loopin_interests_changed";

    private final EventInterestRepository repository;
    private final Clock clock;
    private final ChangeNotifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    /** Changes made here or announced by another instance: a list loaded before the last one is not used. */
    private final AtomicLong changes = new AtomicLong();

    private final AtomicBoolean reloading = new AtomicBoolean();
    private volatile Catalogue catalogue;
    private volatile boolean reloadDue;

    EventInterests(
            EventInterestRepository repository,
            Clock clock,
            ChangeNotifications notifications,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.notifications = notifications;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        notifications.subscribe(CHANNEL, payload -> forget(), this::forget);
    }

    /** The interests users may choose now, ordered by name. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<InterestView> active() {
        return catalogue().active();
    }

    /** Every interest, active or not, ordered by name. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<InterestView> all() {
        return catalogue().all();
    }

    /** Every interest's name by id, active or not: for answers that name the interests they hold. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<Long, String> names() {
        return catalogue().names();
    }

    /** The interests with these ids, active or not, ordered by name; unknown ids are left out. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<InterestView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = Set.copyOf(ids);
        return catalogue().all().stream()
                .filter(interest -> wanted.contains(interest.id()))
                .toList();
    }

    /**
     * The whole list (a few dozen rows) from memory: reloaded after a change on any instance (notified when it
     * commits) and at least every few seconds. When the database is away, the last list is better than none. The
     * methods that call this join the caller's transaction if there is one ({@code SUPPORTS}): suspending it to
     * reload in a transaction of their own would take a second pooled connection while holding the first, and
     * under load requests would wait on each other until the pool gave up (OneConnectionTests).
     */
    private Catalogue catalogue() {
        Catalogue known = catalogue;
        long generation = changes.get();
        boolean current = known != null && known.generation() == generation;
        if (current && !reloadDue) {
            return known;
        }
        // the periodic reload is done by one caller while the others go on with the list they have
        boolean periodic = current;
        if (periodic && !reloading.compareAndSet(false, true)) {
            return known;
        }
        try {
            Catalogue loaded = new Catalogue(
                    generation,
                    readOnly.execute(status -> repository.findAllByOrderByNameAsc().stream()
                            .map(EventInterest::view)
                            .toList()));
            if (changes.get() == generation) {
                catalogue = loaded;
                reloadDue = false;
            }
            return loaded;
        } catch (RuntimeException e) {
            if (known == null) {
                throw e;
            }
            return known;
        } finally {
            if (periodic) {
                reloading.set(false);
            }
        }
    }

    /** The list as loaded, and what is read of it on every answer that names interests, worked out once. */
    private record Catalogue(
            long generation, List<InterestView> all, List<InterestView> active, Map<Long, String> names) {
        Catalogue(long generation, List<InterestView> all) {
            this(
                    generation,
                    all,
                    all.stream().filter(InterestView::active).toList(),
                    Map.copyOf(all.stream()
                            .collect(
                                    Collectors.toMap(InterestView::id, InterestView::name, (first, second) -> first))));
        }
    }

    /** Reloaded at least this often, in case a notification was missed. */
    @Scheduled(fixedDelay = 5_000)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void reloadSoon() {
        reloadDue = true;
    }

    /** Interests changed here or on another instance: the list in memory is not used again. */
    private void forget() {
        changes.incrementAndGet();
    }

    /** The change is made in the current transaction: every instance reloads once it commits. */
    private void changed() {
        notifications.publish(CHANNEL, "changed");
        AfterCommit.run(this::forget);
    }

    /** @throws ChangeRefusedException when the name is empty, too long or taken */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    public InterestView create(Actor actor, String name, String description) {
        String clean = checkedName(name, null);
        changed();
        InterestView created = repository
                .save(new EventInterest(clean, blankToNull(description), true, clock.instant()))
                .view();
        events.publishEvent(new InterestAdded(actor, created.id(), created.name(), created.description()));
        return created;
    }

    /** @throws ChangeRefusedException when there is no such interest, or the new name is empty, too long or taken */
    @Transactional(noRollbackFor = ChangeRefusedException.class)
    public InterestView update(Actor actor, long id, String name, String description) {
        EventInterest interest =
                repository.findById(id).orElseThrow(() -> new ChangeRefusedException("No such interest."));
        InterestView before = interest.view();
        interest.change(checkedName(name, id), blankToNull(description), clock.instant());
        repository.save(interest);
        changed();
        InterestView after = interest.view();
        events.publishEvent(
                new InterestEdited(actor, id, after.name(), FieldChange.between(described(before), described(after))));
        return after;
    }

    /** Activates or deactivates; returns the interests that changed. An inactive one leaves the app at once. */
    @Transactional
    public List<InterestView> setActive(Actor actor, Collection<Long> ids, boolean active) {
        var now = clock.instant();
        changed();
        List<InterestView> changed = repository.findAllById(ids).stream()
                .filter(interest -> interest.setActive(active, now))
                .map(interest -> repository.save(interest).view())
                .toList();
        changed.forEach(interest ->
                events.publishEvent(new InterestStatusChanged(actor, interest.id(), interest.name(), active)));
        return changed;
    }

    private static SequencedMap<String, String> described(InterestView interest) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", interest.name());
        fields.put("description", interest.description());
        return fields;
    }

    private String checkedName(String name, Long id) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new ChangeRefusedException("Name: 1 to 100 characters.");
        }
        boolean taken = id == null
                ? repository.existsByNameIgnoreCase(clean)
                : repository.existsByNameIgnoreCaseAndIdNot(clean, id);
        if (taken) {
            throw new ChangeRefusedException("There is already an interest named " + clean + ".");
        }
        return clean;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
