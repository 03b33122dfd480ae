package org.healthequity.exchange.workgroup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {

    List<Post> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId);
}
