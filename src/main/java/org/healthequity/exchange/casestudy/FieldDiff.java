package org.healthequity.exchange.casestudy;

import java.util.List;

/**
 * How one field differs between two versions, as a run of spans.
 *
 * @param field the form field name ("title", "summary", "countries", ...)
 */
public record FieldDiff(String field, List<Span> spans) {

    public enum Change {
        SAME, ADDED, REMOVED
    }

    public record Span(Change change, String text) {
    }
}
