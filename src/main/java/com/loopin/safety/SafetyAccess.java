package com.loopin.safety;

import com.loopin.events.EventAccess;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Blocks as the events module reads them: a host's events are hidden from people apart from them, and back. */
@Component
class SafetyAccess implements EventAccess {

    private final BlockRepository blocks;

    SafetyAccess(BlockRepository blocks) {
        this.blocks = blocks;
    }

    @Override
    public boolean apart(long userId, long otherId) {
        return userId != otherId && blocks.apart(userId, otherId);
    }

    @Override
    public Set<Long> apartFrom(long userId) {
        return blocks.apartFrom(userId);
    }
}
