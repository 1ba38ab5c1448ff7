package com.loopin.users;

import com.loopin.shared.PictureReferences;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Profiles keep the pictures they show. */
@Component
class ProfilePictureReferences implements PictureReferences {

    private final ProfileRepository profiles;

    ProfilePictureReferences(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> namesInUse(Collection<String> names) {
        return profiles.pictureNamesInUse(names);
    }
}
