package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A webinar's page for one viewer. The joining link is filled only for people with a place and for those who may edit
 * the webinar; everyone else gets null, so it never reaches their browser.
 *
 * @param description Markdown, to be rendered with {@code RichText.toSafeHtml}
 * @param waitlistPosition the viewer's place in the queue (1 is next), when waitlisted
 */
public record WebinarPage(long id, @Nullable Long seriesId, String title, String description, List<AgendaItem> agenda,
        List<Speaker> speakers, Instant start, Instant end, ZoneId zone, Audience audience, Set<Language> languages,
        Set<Language> interpretation, @Nullable Integer capacity, long registered, long waitlisted,
        @Nullable Instant registrationDeadline, boolean registrationOpen, boolean cancelled, boolean ended,
        @Nullable RegistrationStatus mine, @Nullable Integer waitlistPosition, @Nullable String joinUrl,
        String materials, @Nullable String recordingUrl, boolean mayEdit, boolean signedIn,
        @Nullable String groupName) {
}
