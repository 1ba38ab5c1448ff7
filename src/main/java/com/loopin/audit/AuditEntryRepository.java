package com.loopin.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:q is null or lower(e.actor) like :q or lower(e.action) like :q or lower(e.summary) like :q
                   or lower(e.targetId) like :q)
              and (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:targetType is null or e.targetType = :targetType)
              and (:targetId is null or e.targetId = :targetId)
              and (cast(:from as Instant) is null or e.createdAt >= :from)
              and (cast(:to as Instant) is null or e.createdAt < :to)
            """)
    Page<AuditEntry> search(
            String q,
            String actor,
            String action,
            String targetType,
            String targetId,
            Instant from,
            Instant to,
            Pageable pageable);

    @Query("select distinct e.actor from AuditEntry e order by e.actor")
    List<String> actors(Pageable first);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions(Pageable first);

    /** The user's account was deleted: entries about them keep what happened, not who they were. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update AuditEntry e set e.before = case when e.before is null then null else :removed end,
                                    e.after = case when e.after is null then null else :removed end
            where e.targetType = 'user' and e.targetId = :userId""")
    int redactUser(String userId, String removed);

    /** Replaces a number written out in full in summaries with its masked form. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update AuditEntry e set e.summary = replace(e.summary, :number, :masked)
            where e.summary like concat('%', :number, '%')""")
    int maskNumber(String number, String masked);
}
