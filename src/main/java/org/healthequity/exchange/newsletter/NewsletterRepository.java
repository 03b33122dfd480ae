package org.healthequity.exchange.newsletter;

import org.springframework.data.jpa.repository.JpaRepository;

interface NewsletterRepository extends JpaRepository<Newsletter, Long> {
}
