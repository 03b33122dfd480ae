package org.healthequity.exchange.opencall;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallReviewRepository extends JpaRepository<CallReview, Long> {

    List<CallReview> findByApplicationIdIn(Collection<Long> applicationIds);

    List<CallReview> findByApplicationId(long applicationId);

    List<CallReview> findByReviewerIdOrderByAssignedAtDesc(long reviewerId);

    Optional<CallReview> findByApplicationIdAndRoundAndReviewerId(long applicationId, int round, long reviewerId);

    List<CallReview> findByApplicationIdAndRound(long applicationId, int round);

    boolean existsByApplicationIdAndReviewerId(long applicationId, long reviewerId);

    /** The reviewer's review of the latest round they were assigned to. */
    Optional<CallReview> findFirstByApplicationIdAndReviewerIdOrderByRoundDesc(long applicationId, long reviewerId);
}
