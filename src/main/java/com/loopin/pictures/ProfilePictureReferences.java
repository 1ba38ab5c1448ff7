package com.loopin.pictures;

import com.loopin.users.UserDirectory;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Profiles keep the pictures they show. */
@Component
class ProfilePictureReferences implements PictureReferences {

    private final UserDirectory users;

    ProfilePictureReferences(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Set<String> namesInUse(Collection<String> names) {
        return users.pictureNamesInUse(names);
    }
}
