/**
 * The secretariat's dashboards: charts over time and by region, country and network, and the Member State map, each
 * with its data as a table and as downloads. Composes the figures other modules expose; no module depends on it.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "casestudy::api", "opencall::api",
        "webinar::api", "workgroup::api", "shared"})
@NullMarked
package org.healthequity.exchange.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
