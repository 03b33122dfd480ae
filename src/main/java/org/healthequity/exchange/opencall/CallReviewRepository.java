package org.healthequity.exchange.opencall;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallReviewRepository extends JpaRepository<CallReview, Long> {

    List<CallReview> findByApplicationIdIn(Collection<Long> applicationIds);

    List<CallReview> findByApplicationId(long applicationId);

    List<CallReview> findByReviewerIdOrderByAssignedAtDesc(long reviewerId);

    Optional<CallReview> findByApplicationIdAndReviewerId(long applicationId, long reviewerId);

    boolean existsByApplicationIdAndReviewerId(long applicationId, long reviewerId);
}
