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
     * Enough for the hosts of every event read within the minute a card is kept on a busy instance: an event's page
     * shows one host, and most events have a host of their own, so 20,000 cards (the bound until 2026-12-07) held the
     * hosts of the events discovery lists but not those of the pages read besides them, and a page read its host's
     * card from the database on two pages in five after a discovery load (docs/performance.md). A card takes about 185
     * bytes of heap with its node and key (a heap histogram: 25,102 cards without a picture), about 300 with a
     * picture's URL, so at most about 15 MB, held softly. Beyond it, Caffeine evicts the cards read least often.
     */
    static final int MOST = 50_000;

    private final ProfileRepository profiles;
    private final ChangeNotifications notifications;
    /** Held softly: a heap that runs short (a picture being decoded) takes them back before it gives up. */
    private final Cache<Long, PersonCard> cards = Caffeine.newBuilder()
            .maximumSize(MOST)
            .softValues()
            .expireAfterWrite(KEPT)
            .build();

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
