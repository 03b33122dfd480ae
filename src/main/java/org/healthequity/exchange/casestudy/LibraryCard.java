package org.healthequity.exchange.casestudy;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A published case study as a card of the library: plain-text title and excerpt, codes for the view to name. */
public record LibraryCard(long id, String title, String excerpt, List<String> countries, List<String> themes,
        @Nullable Integer yearFrom, @Nullable Integer yearTo, String language, String network, Instant publishedAt) {
}
