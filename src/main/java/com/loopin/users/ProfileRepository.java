package com.loopin.users;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ProfileRepository extends JpaRepository<Profile, Long>, JpaSpecificationExecutor<Profile> {

    @EntityGraph(attributePaths = {"user", "pictures", "eventInterestIds"})
    Optional<Profile> findByUserId(Long userId);

    @Query(
            nativeQuery = true,
            value = "select event_interest_id, count(*) from profile_event_interest group by event_interest_id")
    List<Object[]> countUsersPerInterest();

    @Query("select p.completedAt from Profile p where p.completedAt >= :since")
    List<Instant> completionsSince(Instant since);
}
