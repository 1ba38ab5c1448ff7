package com.loopin.users;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.util.List;

/** Staff took one picture off a profile (the moderation action); the file goes once the change is committed. */
public record ProfilePictureRemoved(long userId, Actor actor, String phoneNumber, String url) implements AuditedChange {

    @Override
    public Entry entry() {
        return new Entry(
                "profile.remove_picture",
                "user",
                userId,
                "Removed a picture from the profile of " + phoneNumber,
                List.of(new FieldChange("picture", url, null)));
    }
}
