package org.healthequity.exchange.workgroup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiscussionThreadRepository extends JpaRepository<DiscussionThread, Long> {

    List<DiscussionThread> findByGroupIdAndDeletedAtIsNullOrderByPinnedDescLastPostAtDesc(long groupId);
}
