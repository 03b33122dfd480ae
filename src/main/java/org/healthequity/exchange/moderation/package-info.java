/**
 * The secretariat's moderation queue. Content modules plug in with a {@link ModeratedContent} bean per type and put
 * their submissions into the queue; members flag published content into it; the secretariat claims and decides, and
 * every decision is audited and mailed to the author.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "notification::api", "shared"})
@NullMarked
package org.healthequity.exchange.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
