package com.loopin.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.loopin.database.AfterCommit;
import com.loopin.database.ChangeNotifications;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The cards of people shown beside events (a host's name and first picture), kept in memory. Every list and every
 * event page shows its hosts' cards, and a host appears on many of them, so reading the cards was a quarter of a
 * page's work in the database (docs/performance.md).
 *
 * <p>A change (a profile saved, an account deleted) forgets the card on this instance when its transaction commits,
 * and tells the other instances (notification {@code loopin_card_changed}), which forget it within milliseconds.
 * A card is kept for a minute at most, the bound where notifications do not arrive (behind a transaction-mode
 * pooler without {@code DATABASE_LISTEN_URL}) and for a read that raced the change and kept the old card; all are
 * forgotten when the listening connection comes back.
 */
@Component
class PersonCards {

    static final String CHANNEL = "loopin_card_changed";

    /** How long a card is kept: the longest another instance shows it after a change it was not told of. */
    static final Duration KEPT = Duration.ofSeconds(60);

    /**
     * A card takes about 200–300 bytes of heap with its node, key, name and picture's URL (a heap histogram: 19,544
     * cards' nodes and records alone were 1.4 MB), so this is at most about 6 MB of the container's 104 MB heap.
     * Beyond it, Caffeine evicts the cards read least often.
     */
    static final int MOST = 20_000;

    private final ProfileRepository profiles;
    private final ChangeNotifications notifications;
    private final Cache<Long, PersonCard> cards =
            Caffeine.newBuilder().maximumSize(MOST).expireAfterWrite(KEPT).build();

    PersonCards(ProfileRepository profiles, ChangeNotifications notifications) {
        this.profiles = profiles;
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, payload -> cards.invalidate(Long.valueOf(payload)), cards::invalidateAll);
    }

    /** The cards of these users who have a profile; the ones not kept are read in one statement. */
    Map<Long, PersonCard> of(Collection<Long> userIds) {
        return cards.getAll(userIds, profiles::cards);
    }

    /**
     * Forgets the user's card everywhere once the current transaction commits (at once outside one): read before
     * the commit, the old card would otherwise be kept again.
     */
    void forget(long userId) {
        notifications.publish(CHANNEL, Long.toString(userId));
        AfterCommit.run(() -> cards.invalidate(userId));
    }
}
