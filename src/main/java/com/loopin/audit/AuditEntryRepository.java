package com.loopin.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where :q is null or lower(e.actor) like :q or lower(e.action) like :q or lower(e.summary) like :q
               or lower(e.targetId) like :q
            """)
    Page<AuditEntry> search(String q, Pageable pageable);
}
