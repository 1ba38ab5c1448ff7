package com.loopin.staff;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsernameIgnoreCase(String username);

    /**
     * Counts a wrong password in one statement, so that parallel attempts cannot lose each other's counts: the
     * {@code max}-th failure locks the account until {@code lockUntil} and starts the count again.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update StaffUser s
            set s.lockedUntil = case when s.failedLogins + 1 >= :max then :lockUntil else s.lockedUntil end,
                s.failedLogins = case when s.failedLogins + 1 >= :max then 0 else s.failedLogins + 1 end,
                s.updatedAt = :now
            where s.id = :id""")
    int countFailedLogin(long id, int max, Instant lockUntil, Instant now);

    /** Records a right password, unless the account was locked or deactivated meanwhile: 0 rows then. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update StaffUser s set s.failedLogins = 0, s.lastLoginAt = :now, s.updatedAt = :now
            where s.id = :id and s.active = true and (s.lockedUntil is null or s.lockedUntil <= :now)""")
    int recordSignIn(long id, Instant now);
}
