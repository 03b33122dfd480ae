package org.healthequity.exchange.opencall;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationVersionRepository extends JpaRepository<ApplicationVersion, Long> {

    List<ApplicationVersion> findByApplicationIdOrderByNumberAsc(long applicationId);
}
