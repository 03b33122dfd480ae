package org.healthequity.exchange.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModerationItemRepository extends JpaRepository<ModerationItem, Long> {

    @Query("select i from ModerationItem i where i.contentType = ?1 and i.contentId = ?2 and i.kind = ?3"
            + " and i.status = org.healthequity.exchange.moderation.ModerationItem.Status.OPEN")
    List<ModerationItem> findOpen(String contentType, long contentId, ItemKind kind);
}
