package com.loopin.notifications;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development: a push is written to the log (its kind and title, never the token) and kept for {@code /dev/push},
 * where an app developer sees what their phone would have received.
 */
class LogPushSender implements PushSender {

    private static final Logger log = LoggerFactory.getLogger(LogPushSender.class);

    private final DevPushInbox inbox;
    private final Clock clock;

    LogPushSender(DevPushInbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public PushOutcome send(PushMessage message) {
        log.info(
                "Push {} ({}) to a {} device: {}",
                message.id(),
                message.kind().value(),
                message.platform(),
                message.title());
        inbox.add(message, clock.instant());
        return new PushOutcome.Sent("log/" + message.id());
    }
}
