package com.loopin.notifications;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The development push channel's inbox: the last {@value #CAPACITY} pushes the log provider "sent", newest first,
 * in memory, for {@code /dev/push} and {@code GET /api/dev/push}. Only while pushes go to the log.
 */
class DevPushInbox {

    static final int CAPACITY = 200;

    private final Deque<Sent> pushes = new ArrayDeque<>();
    private final boolean enabled;

    DevPushInbox(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isEnabled() {
        return enabled;
    }

    synchronized void add(PushSender.PushMessage message, Instant sentAt) {
        if (!enabled) {
            return;
        }
        pushes.addFirst(new Sent(
                message.id(),
                message.kind().value(),
                message.platform(),
                tokenEnd(message.token()),
                message.title(),
                message.body(),
                message.deepLink(),
                sentAt));
        while (pushes.size() > CAPACITY) {
            pushes.removeLast();
        }
    }

    synchronized List<Sent> pushes() {
        return List.copyOf(pushes);
    }

    /** The last 6 characters of the token: enough to tell one's own phone, not enough to use. */
    private static String tokenEnd(String token) {
        return token.length() <= 6 ? token : "…" + token.substring(token.length() - 6);
    }

    record Sent(
            String id,
            String kind,
            String platform,
            String token,
            String title,
            String body,
            String deepLink,
            Instant sentAt) {}
}
