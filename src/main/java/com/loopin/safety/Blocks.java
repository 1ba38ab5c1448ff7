package com.loopin.safety;

import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Blocking: after it neither person sees the other's events, requests or invitations, and what joined them ends
 * ({@link PersonBlocked}). Silent: the blocked person is not told.
 */
@Service
public class Blocks {

    /** A person the caller blocked, as their list shows them. */
    public record Blocked(long userId, String name, String picture, OffsetDateTime blockedAt) {}

    private final BlockRepository blocks;
    private final UserDirectory users;
    private final ApplicationEventPublisher publisher;
    private final com.loopin.shared.BusinessTime time;
    private final Clock clock;

    Blocks(
            BlockRepository blocks,
            UserDirectory users,
            ApplicationEventPublisher publisher,
            com.loopin.shared.BusinessTime time,
            Clock clock) {
        this.blocks = blocks;
        this.users = users;
        this.publisher = publisher;
        this.time = time;
        this.clock = clock;
    }

    /** @return true when the block is new (blocking twice changes nothing) */
    @Transactional
    public boolean block(Caller caller, Long userId) {
        long blockerId = caller.requireUser();
        if (userId == null || userId == blockerId) {
            throw new ValidationFailedException(
                    List.of(new FieldError("user_id", "The id of another person is needed.")));
        }
        if (users.find(userId).isEmpty()) {
            throw SafetyRefusedException.noSuchPerson();
        }
        Instant now = clock.instant();
        if (!blocks.insert(blockerId, userId, now)) {
            return false;
        }
        publisher.publishEvent(new PersonBlocked(blockerId, userId));
        return true;
    }

    /** Lifts a block; what it ended stays ended. */
    @Transactional
    public void unblock(Caller caller, long userId) {
        blocks.delete(caller.requireUser(), userId);
    }

    @Transactional(readOnly = true)
    public List<Blocked> blockedBy(Caller caller) {
        var found = blocks.blockedBy(caller.requireUser());
        var cards =
                users.cards(found.stream().map(BlockRepository.Block::blockedId).toList());
        return found.stream()
                .map(block -> {
                    var card = cards.get(block.blockedId());
                    return new Blocked(
                            block.blockedId(),
                            card == null ? null : card.name(),
                            card == null ? null : card.picture(),
                            time.display(block.createdAt()));
                })
                .toList();
    }
}
