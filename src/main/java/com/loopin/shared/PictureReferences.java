package com.loopin.shared;

import java.util.Collection;
import java.util.Set;

/**
 * A module whose records refer to uploaded pictures (profiles, event covers). The pictures' clean-up keeps a
 * picture while any of them uses it; each module answers for its own tables, so the pictures module depends on none.
 */
public interface PictureReferences {

    /** Of these file names (the last segment of a picture URL's path), the ones this module's records use. */
    Set<String> namesInUse(Collection<String> names);
}
