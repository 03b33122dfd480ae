/**
 * Webinars and virtual meetings: scheduling in the organiser's time zone with a fairness check across WHO regions,
 * registration with a waitlist, iCalendar invitations and reminders through the mail outbox, a personal calendar feed,
 * and attendance afterwards.
 */
@ApplicationModule(allowedDependencies = {"member::api", "member::reference", "notification::api", "search::api",
        "workgroup::api", "shared"})
@NullMarked
package org.healthequity.exchange.webinar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
