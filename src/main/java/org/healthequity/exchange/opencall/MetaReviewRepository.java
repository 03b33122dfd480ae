package org.healthequity.exchange.opencall;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MetaReviewRepository extends JpaRepository<MetaReview, Long> {

    Optional<MetaReview> findByApplicationIdAndRound(long applicationId, int round);

    List<MetaReview> findByApplicationIdIn(Collection<Long> applicationIds);
}
