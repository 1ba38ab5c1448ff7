package com.loopin.sessions;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, Long> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Retires a live token; 0 rows means another request retired it first. */
    @Modifying(flushAutomatically = true)
    @Query("update RefreshToken t set t.retiredAt = :now where t.id = :id and t.retiredAt is null")
    int retire(Long id, Instant now);

    /** Retires every live token of the session: a session has at most one live refresh token. */
    @Modifying(flushAutomatically = true)
    @Query("update RefreshToken t set t.retiredAt = :now where t.sessionId = :sessionId and t.retiredAt is null")
    int retireAllOf(UUID sessionId, Instant now);

    /** Read from the database, not the persistence context, which may hold the token as it was before. */
    @Query("select t.retiredAt from RefreshToken t where t.id = :id")
    Instant retiredAt(Long id);
}
