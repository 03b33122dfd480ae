package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The synthesis written at the close: its Markdown (for editing) and sanitized HTML, the contributions it draws on, and
 * the case study it was published as (null until published).
 */
public record SynthesisView(String body, String safeHtml, List<Long> sources, Instant writtenAt,
        @Nullable Long caseStudyId, @Nullable Instant publishedAt, long version) {

    public SynthesisView {
        sources = List.copyOf(sources);
    }
}
