/**
 * Harvesting by machines: OAI-PMH 2.0 at {@code /oai} for the published case studies (Dublin Core and the portal's
 * own richer format), read through the case-study module's harvesting service (ADR 0020).
 */
@ApplicationModule(allowedDependencies = {"casestudy::api", "member::reference", "shared"})
@NullMarked
package org.healthequity.exchange.harvest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
