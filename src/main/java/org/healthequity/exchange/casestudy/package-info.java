/**
 * The case-study library: country case studies of what worked (UN SDG good-practice template), written by members,
 * moderated by the secretariat (and cleared by the countries they name) before anything is public, with every version
 * kept and attachments checked by content; translation requests find translators.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "moderation::api", "notification::api",
        "search::api", "shared"})
@NullMarked
package org.healthequity.exchange.casestudy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
