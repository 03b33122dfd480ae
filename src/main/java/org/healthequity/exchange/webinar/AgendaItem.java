package org.healthequity.exchange.webinar;

import java.time.LocalTime;

/** A timed item of the agenda, at a local time of the organiser's zone on the day of the webinar. */
public record AgendaItem(LocalTime at, String title) {
}
