package com.loopin.pictures;

import java.util.Collection;
import java.util.Set;

/**
 * Records that refer to uploaded pictures (profiles, event covers): the clean-up keeps a picture while any of them
 * uses it. A module that uses pictures implements it for its own tables (events); profiles are asked through the
 * users module's API ({@code ProfilePictureReferences}), since pictures depends on users and not the other way.
 */
public interface PictureReferences {

    /** Of these file names (the last segment of a picture URL's path), the ones this module's records use. */
    Set<String> namesInUse(Collection<String> names);
}
