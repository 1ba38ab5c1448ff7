package com.loopin.sms.internal;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.Channel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The development channel's inbox: the last {@value #CAPACITY} messages the console provider "sent", newest
 * first, in memory, for the page at {@code /dev/sms} and {@code GET /api/dev/sms}. It exists only while codes go
 * to the log; production refuses that provider, so it never exists there.
 */
class DevSmsInbox {

    static final int CAPACITY = 200;

    private final Deque<Message> messages = new ArrayDeque<>();
    private volatile boolean enabled;

    /** The console provider is in use: the inbox answers. */
    void enable() {
        enabled = true;
    }

    boolean isEnabled() {
        return enabled;
    }

    synchronized void add(PhoneNumber to, String code, String body, Channel channel, Instant sentAt) {
        if (!enabled) {
            return;
        }
        messages.addFirst(new Message(to.e164(), body, code, channel.key(), sentAt));
        while (messages.size() > CAPACITY) {
            messages.removeLast();
        }
    }

    /** Newest first; only those to {@code to} when it is given. */
    synchronized List<Message> messages(PhoneNumber to) {
        return messages.stream()
                .filter(message -> to == null || message.to().equals(to.e164()))
                .toList();
    }

    /** @param code the code the text carries, to show it apart (never logged from here) */
    record Message(String to, String body, String code, String channel, Instant sentAt) {
        @Override
        public String toString() {
            return "Message[to=" + to.substring(Math.max(0, to.length() - 4)) + ", sentAt=" + sentAt + "]";
        }
    }
}
