package org.healthequity.exchange.opencall;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.security.ExchangeUser;

/**
 * Blind review (ADR 0033): what is left of an application's answers and files once the questions the call hides from
 * reviewers are taken out. Services apply it before anything reaches a reviewer, so no view has to remember to.
 */
final class BlindReview {

    private BlindReview() {
    }

    static Answers answers(Answers answers, Set<String> hidden) {
        Map<String, List<String>> kept = new LinkedHashMap<>(answers.values());
        kept.keySet().removeAll(hidden);
        return new Answers(kept);
    }

    static List<ApplicationFileInfo> files(List<ApplicationFileInfo> files, Set<String> hidden) {
        return files.stream().filter(f -> !hidden.contains(f.question())).toList();
    }

    /**
     * The applicant institution's name as a reviewer receives it: in a blind call (one that hides any question) only
     * the application's number, since the name would say who applied.
     */
    static String institution(CallDefinition definition, long applicationId, String institutionName) {
        return definition.hiddenQuestions().isEmpty() ? institutionName : "#" + applicationId;
    }

    /**
     * The institution's name as {@code viewer} may read it: the secretariat and the applicant see it, a reviewer or
     * the chair of a blind call only the application's number.
     */
    static String institution(CallDefinition definition, CallApplication application, ExchangeUser viewer) {
        return viewer.isStaff() || application.applicantId() == viewer.accountId() ? application.institutionName()
                : institution(definition, application.id(), application.institutionName());
    }
}
