package com.loopin.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, Long>, JpaSpecificationExecutor<Profile> {

    /**
     * The profile entity with its user, pictures and interests in one query, for changes (profile completion,
     * staff edits) and the staff views; the owner's read is {@link ProfileReads}. Written as a fetch join, not an
     * entity graph: Hibernate caches a fetch join's SQL, while an entity graph is translated again on every call
     * (measured with JFR when this still served GET /api/auth/profile: Hibernate's share fell from 35 % to 24 %).
     */
    @Query("""
            select p from Profile p join fetch p.user u left join fetch p.pictures left join fetch p.eventInterestIds
            where u.id = :userId""")
    Optional<Profile> findByUserId(Long userId);

    @Query(
            nativeQuery = true,
            value = "select event_interest_id, count(*) from profile_event_interest group by event_interest_id")
    List<Object[]> countUsersPerInterest();

    @Query("select p.completedAt from Profile p where p.completedAt >= :since")
    List<Instant> completionsSince(Instant since);
}
