/**
 * Newsletters of the secretariat: written in Markdown in up to six languages, sent once to each subscribed person of an
 * audience in their language through the outbox, with a signed one-click unsubscribe link, and archived for members.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "notification::api", "search::api",
        "shared"})
@NullMarked
package org.healthequity.exchange.newsletter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
