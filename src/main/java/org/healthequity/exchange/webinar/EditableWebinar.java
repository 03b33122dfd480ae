package org.healthequity.exchange.webinar;

import org.jspecify.annotations.Nullable;

/** A webinar as its form shows it for editing, with the version the edit is based on. */
public record EditableWebinar(long id, long version, @Nullable Long seriesId, @Nullable Frequency frequency,
        WebinarForm form, long registered, boolean cancelled, boolean ended, @Nullable String recordingUrl) {
}
