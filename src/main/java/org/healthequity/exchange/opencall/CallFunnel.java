package org.healthequity.exchange.opencall;

import org.springframework.modulith.NamedInterface;

/**
 * One cycle's open calls from first draft to acceptance: applications started, submitted at least once, screened,
 * reviewed by at least one reviewer, and accepted.
 */
@NamedInterface("api")
public record CallFunnel(int cycle, long drafts, long submitted, long screened, long reviewed, long accepted) {
}
