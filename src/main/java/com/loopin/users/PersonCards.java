package com.loopin.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cards of people shown beside events (a host's name and first picture), kept in memory for a minute. Every
 * list and every event page shows its hosts' cards, and a host appears on many of them, so reading the cards was a
 * quarter of a page's work in the database (docs/performance.md). A change on this instance (a profile saved, an
 * account deleted) forgets the card once it commits; another instance shows the old card until its copy expires.
 */
@Component
class PersonCards {

    /** How long another instance may show a card after its person changed it. */
    static final Duration KEPT = Duration.ofSeconds(60);

    private final ProfileRepository profiles;
    private final Cache<Long, PersonCard> cards =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(KEPT).build();

    PersonCards(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The cards of these users who have a profile; the ones not kept are read in one statement. */
    Map<Long, PersonCard> of(Collection<Long> userIds) {
        return cards.getAll(userIds, profiles::cards);
    }

    /**
     * Forgets the user's card when the current transaction commits (at once outside one): read before the commit,
     * the old card would otherwise be kept again.
     */
    void forget(long userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cards.invalidate(userId);
                }
            });
        } else {
            cards.invalidate(userId);
        }
    }
}
