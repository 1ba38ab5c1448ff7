package com.loopin.sessions;

import java.time.Duration;

/**
 * How long an access token that names a session can live, told by whoever mints them: an ended session is
 * remembered that long (plus clock skew), so none of its tokens is accepted, and no longer.
 */
@FunctionalInterface
public interface AccessTokenLifetime {

    Duration longest();
}
