package org.healthequity.exchange.webinar;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebinarSeriesRepository extends JpaRepository<WebinarSeries, Long> {
}
