package org.healthequity.exchange.opencall;

import org.jspecify.annotations.Nullable;

/** Another reviewer's submitted review, shown only to a reviewer who has submitted their own. */
public record PeerReview(String reviewerName, Scores scores, @Nullable Double weightedTotal) {
}
