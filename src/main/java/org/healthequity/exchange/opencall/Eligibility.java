package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The machine check of eligibility: each failed criterion is named, with the field it concerns. */
final class Eligibility {

    private Eligibility() {
    }

    /**
     * @param region the WHO region of the applicant's country, or null when the country is unknown
     */
    static EligibilityResult check(CallDefinition.Eligibility rules, EligibilityAnswers answers,
            @Nullable String region) {
        List<FieldProblem> failures = new ArrayList<>();
        if (region == null) {
            failures.add(new FieldProblem("country", "opencall.problem.country", answers.country()));
        } else if ((!rules.regions().isEmpty() || !rules.countries().isEmpty())
                && !rules.countries().contains(answers.country()) && !rules.regions().contains(region)) {
            failures.add(new FieldProblem("country", "opencall.eligibility.country"));
        }
        if (!rules.institutionTypes().isEmpty() && !rules.institutionTypes().contains(answers.institutionType())) {
            failures.add(new FieldProblem("institutionType", "opencall.eligibility.type"));
        }
        for (var declaration : rules.declarations()) {
            if (!answers.declarations().contains(declaration.key())) {
                failures.add(new FieldProblem("declaration:" + declaration.key(), "opencall.eligibility.declaration"));
            }
        }
        return new EligibilityResult(failures);
    }
}
