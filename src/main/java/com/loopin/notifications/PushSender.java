package com.loopin.notifications;

import java.time.Duration;

/** Sends one push to one device: Firebase Cloud Messaging, or the log in development. */
interface PushSender {

    PushOutcome send(PushMessage message);

    /** What a push says; {@code id} is the inbox item's, so the app drops a push it has seen. */
    record PushMessage(
            String id,
            String token,
            String platform,
            NotificationKind kind,
            String title,
            String body,
            String deepLink,
            String shareUrl,
            String eventId) {

        @Override
        public String toString() {
            return "PushMessage[id=" + id + ", kind=" + kind + ", platform=" + platform + "]";
        }
    }

    /** How a push went: each has a short reason for the figures ({@code sent}, {@code unregistered}, …). */
    sealed interface PushOutcome {

        String reason();

        /** Accepted by FCM ({@code name} its message id). */
        record Sent(String name) implements PushOutcome {
            @Override
            public String reason() {
                return "sent";
            }
        }

        /** The token is dead (the app was removed, or the token is not one): the device is forgotten. */
        record TokenGone(String reason) implements PushOutcome {}

        /** Trouble that passes (FCM down, over quota, a timeout): try again, not before {@code after} if given. */
        record RetryLater(String reason, Duration after) implements PushOutcome {}

        /** Trouble that trying again will not mend (our configuration, the message): failed for good. */
        record Failed(String reason) implements PushOutcome {}
    }
}
