/**
 * The annual open call: the secretariat configures a call (eligibility, form, rubric), applicants apply before a
 * deadline the server enforces, the steering committee reviews with a rubric, and the secretariat decides; an
 * acceptance admits the applicant's institution to the network.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "notification::api", "search::api",
        "shared"})
@NullMarked
package org.healthequity.exchange.opencall;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
