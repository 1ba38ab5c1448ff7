package com.loopin.notifications;

import java.time.Instant;

/** A phone that receives a person's pushes. The token is FCM's registration token: shown to nobody, logged never. */
record Device(
        long id,
        long userId,
        String token,
        String platform,
        String appVersion,
        String language,
        Instant createdAt,
        Instant lastSeenAt) {

    @Override
    public String toString() {
        return "Device[id=" + id + ", userId=" + userId + ", platform=" + platform + "]";
    }
}
