package com.loopin.users;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileRepository extends JpaRepository<Profile, Long> {

    @EntityGraph(attributePaths = {"user", "pictures", "eventInterestIds"})
    Optional<Profile> findByUserId(Long userId);
}
