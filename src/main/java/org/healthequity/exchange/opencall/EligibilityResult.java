package org.healthequity.exchange.opencall;

import java.util.List;
import org.healthequity.exchange.shared.validation.Refused;

/** The eligibility check: every criterion that failed, each with the bundle key that says which and why. */
public record EligibilityResult(List<Refused.FieldProblem> failures) {

    public EligibilityResult {
        failures = List.copyOf(failures);
    }

    public boolean eligible() {
        return failures.isEmpty();
    }
}
