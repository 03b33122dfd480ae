package org.healthequity.exchange.shared.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:text = '' or lower(e.actor) like :text or lower(e.action) like :text
                   or lower(coalesce(e.targetId, '')) like :text)
            """)
    Page<AuditEntry> search(String text, Pageable pageable);
}
