package org.healthequity.exchange.opencall;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewPostRepository extends JpaRepository<ReviewPost, Long> {

    List<ReviewPost> findByApplicationIdOrderByPostedAtAscIdAsc(long applicationId);
}
