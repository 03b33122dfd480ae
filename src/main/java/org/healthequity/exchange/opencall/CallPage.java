package org.healthequity.exchange.opencall;

import org.jspecify.annotations.Nullable;

/**
 * A call's public page: texts as sanitized HTML, the configuration (eligibility and questions are public), and the
 * viewer's own application if any.
 */
public record CallPage(CallSummary summary, String descriptionHtml, String termsHtml, boolean hasTermsPdf,
        CallDefinition definition, @Nullable Long myApplicationId, @Nullable ApplicationStatus myStatus) {
}
