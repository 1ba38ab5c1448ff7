package com.loopin.notifications;

import java.time.Instant;

/** One notification in a person's inbox, as stored. */
record InboxItem(
        String id,
        long userId,
        NotificationKind kind,
        String title,
        String body,
        String deepLink,
        String shareUrl,
        String eventId,
        Instant createdAt,
        Instant readAt) {}
