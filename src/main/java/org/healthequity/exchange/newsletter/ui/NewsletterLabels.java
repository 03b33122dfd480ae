package org.healthequity.exchange.newsletter.ui;

import java.time.Instant;
import java.util.Locale;

import org.healthequity.exchange.newsletter.NewsletterStatus;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;

/** The texts the newsletter pages share: a state's name and where a newsletter stands, with times in the viewer's zone. */
final class NewsletterLabels {

    private NewsletterLabels() {
    }

    static String status(Component owner, NewsletterStatus status) {
        return owner.getTranslation("newsletter.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** "Draft", "Scheduled for 12 Dec 2026, 09:00", "Sent on … to 42 people", "Stopped on … after 7 people". */
    static String standing(Component owner, NewsletterStatus status, @Nullable Instant scheduledAt,
            @Nullable Instant sentAt, int recipients) {
        return switch (status) {
            case DRAFT, SENDING -> status(owner, status);
            case SCHEDULED -> owner.getTranslation("newsletter.standing.scheduled",
                    scheduledAt == null ? "" : ViewerTime.format(scheduledAt));
            case SENT -> owner.getTranslation("newsletter.standing.sent",
                    sentAt == null ? "" : ViewerTime.format(sentAt), recipients);
            case STOPPED -> owner.getTranslation("newsletter.standing.stopped",
                    sentAt == null ? "" : ViewerTime.format(sentAt), recipients);
        };
    }
}
