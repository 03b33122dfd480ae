/**
 * Consultations of the secretariat, network-wide, in a working group or among invited people: a question with optional
 * sub-questions, open between two times the server enforces; contributions and replies, theme tags and pinned weekly
 * summaries by the moderators, and at the close a synthesis published to the case-study library and as a PDF.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "workgroup::api", "casestudy::api",
        "notification::api", "search::api", "shared"})
@NullMarked
package org.healthequity.exchange.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
