/**
 * Working-group spaces: the steering committee proposes a group and the secretariat approves it; members and leads,
 * invitations and join requests; discussions with mentions, edit history and flags; an activity feed and a daily
 * digest. Every read and write is checked here against the caller's membership of the group.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "moderation::api", "notification::api",
        "search::api", "shared"})
@NullMarked
package org.healthequity.exchange.workgroup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
