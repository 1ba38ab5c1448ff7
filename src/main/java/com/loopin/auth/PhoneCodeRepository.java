package com.loopin.auth;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Every change is one conditional statement checked by its row count: no read-check-write in Java, so two
 * requests (on one instance or several) can never both use the same code or the same attempt.
 */
interface PhoneCodeRepository extends JpaRepository<PhoneCode, Long> {

    Optional<PhoneCode> findByPhoneNumber(String phoneNumber);

    @Modifying
    @Query(nativeQuery = true, value = """
            insert into phone_code (phone_number, purpose, code_hash, attempts, created_at, expires_at)
            values (:phone, :purpose, :hash, 0, :now, :expiresAt)
            on conflict do nothing
            """)
    int insertIfAbsent(String phone, String purpose, String hash, Instant now, Instant expiresAt);

    /** A code whose SMS could not be sent: used up, so it neither verifies nor holds the cooldown. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update PhoneCode c set c.consumedAt = :now
            where c.phoneNumber = :phone and c.codeHash = :hash and c.consumedAt is null
            """)
    int retire(String phone, String hash, Instant now);

    /**
     * A new code replaces the old one (fresh attempts, not consumed), unless the old one is still unused and
     * younger than the resend cooldown: 0 rows then. Checking and replacing in one statement means parallel
     * requests cannot both slip through the cooldown.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update PhoneCode c set c.purpose = :purpose, c.codeHash = :hash, c.attempts = 0, c.createdAt = :now,
                                   c.expiresAt = :expiresAt, c.consumedAt = null
            where c.phoneNumber = :phone and (c.consumedAt is not null or c.createdAt <= :cooldownStart)
            """)
    int replace(String phone, CodePurpose purpose, String hash, Instant now, Instant expiresAt, Instant cooldownStart);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from PhoneCode c where c.phoneNumber = :phone")
    int deleteByPhone(String phone);

    /** Takes one attempt of a live code before it is compared; 0 rows means there is no attempt to take. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update PhoneCode c set c.attempts = c.attempts + 1
            where c.phoneNumber = :phone and c.purpose = :purpose and c.consumedAt is null
              and c.attempts < :maxAttempts and c.expiresAt > :now
            """)
    int takeAttempt(String phone, CodePurpose purpose, int maxAttempts, Instant now);

    /** Uses the code up; 0 rows means another request used it first, or a new code replaced it. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update PhoneCode c set c.consumedAt = :now
            where c.id = :id and c.codeHash = :hash and c.consumedAt is null and c.expiresAt > :now
            """)
    int consume(Long id, String hash, Instant now);
}
