package com.loopin.leads;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    Optional<Lead> findByPhoneNumber(String phoneNumber);

    /** Creates the lead unless it exists; never fails on a parallel insert of the same number. */
    @Modifying
    @Query(nativeQuery = true, value = """
            insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                    failed_attempts, is_verified, created_at, updated_at)
            values (:phone, :now, :now, 0, 0, false, :now, :now)
            on conflict do nothing
            """)
    int insertIfAbsent(String phone, Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Lead l set l.codesSent = l.codesSent + 1, l.lastRequestedAt = :now, l.updatedAt = :now,
                              l.test = :test, l.lastMessageId = null, l.deliveryStatus = null,
                              l.deliveryError = null, l.deliveryUpdatedAt = null
            where l.phoneNumber = :phone
            """)
    int countCodeSent(String phone, boolean test, Instant now);

    @Modifying
    @Query(nativeQuery = true, value = """
            update phone_lead set last_message_id = :messageId where phone_number = :phone
            """)
    int recordMessageId(String phone, String messageId);

    @Modifying
    @Query(nativeQuery = true, value = """
            update phone_lead set codes_sent = codes_sent - 1 where phone_number = :phone and codes_sent > 0
            """)
    int uncountCodeSent(String phone);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Lead l set l.deliveryStatus = :status, l.deliveryError = :error, l.deliveryUpdatedAt = :now
            where l.lastMessageId = :messageId
            """)
    int recordDelivery(String messageId, String status, String error, Instant now);

    /** The account was deleted: keep the lead's counts, but only a keyed hash of its number. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Lead l set l.phoneHash = :phoneHash, l.phoneNumber = null, l.deletedAt = :now, l.updatedAt = :now
            where l.phoneNumber = :phone
            """)
    int anonymise(String phone, String phoneHash, Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Lead l set l.failedAttempts = l.failedAttempts + 1, l.updatedAt = :now
            where l.phoneNumber = :phone
            """)
    int countFailedAttempt(String phone, Instant now);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Lead l set l.verified = true, l.verifiedAt = :now, l.verifiedBy = :by, l.updatedAt = :now
            where l.phoneNumber = :phone and l.verified = false
            """)
    int markVerified(String phone, String by, Instant now);
}
