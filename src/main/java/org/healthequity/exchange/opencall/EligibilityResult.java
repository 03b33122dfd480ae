package org.healthequity.exchange.opencall;

import java.util.List;

/** The eligibility check: every criterion that failed, each with the bundle key that says which and why. */
public record EligibilityResult(List<CallProblem.FieldProblem> failures) {

    public EligibilityResult {
        failures = List.copyOf(failures);
    }

    public boolean eligible() {
        return failures.isEmpty();
    }
}
