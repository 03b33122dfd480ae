package org.healthequity.exchange.opencall;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeChairRepository extends JpaRepository<CommitteeChair, Long> {

    List<CommitteeChair> findByChairId(long chairId);
}
