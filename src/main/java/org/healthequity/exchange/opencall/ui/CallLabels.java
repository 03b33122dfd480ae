package org.healthequity.exchange.opencall.ui;

import java.util.List;
import java.util.Locale;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.opencall.ApplicationStatus;
import org.healthequity.exchange.opencall.CallStatus;
import org.healthequity.exchange.opencall.Decision;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.opencall.ReviewStatus;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Bundle keys of the open call's vocabulary, translated for the component's viewer. */
final class CallLabels {

    private CallLabels() {
    }

    static String status(Component c, CallStatus status) {
        return c.getTranslation("opencall.call-status." + lower(status));
    }

    static String applicationStatus(Component c, ApplicationStatus status) {
        return c.getTranslation("opencall.application-status." + lower(status));
    }

    static String reviewStatus(Component c, ReviewStatus status) {
        return c.getTranslation("opencall.review-status." + lower(status));
    }

    static String decision(Component c, Decision decision) {
        return c.getTranslation("opencall.decision." + lower(decision));
    }

    static String kind(Component c, QuestionKind kind) {
        return c.getTranslation("opencall.question-kind." + lower(kind));
    }

    static String network(Component c, Network network) {
        return c.getTranslation(network.messageKey());
    }

    static String networkShort(Component c, Network network) {
        return c.getTranslation("network.short." + lower(network));
    }

    static String region(Component c, String region) {
        return c.getTranslation(CountryRef.regionMessageKey(region));
    }

    static String institutionType(Component c, InstitutionType type) {
        return c.getTranslation("institution-type." + lower(type).replace('_', '-'));
    }

    /** A weighted total with one decimal in the viewer's locale; empty when nothing is scored. */
    static String total(Locale locale, @Nullable Double total) {
        return total == null ? "" : String.format(locale, "%.1f", total);
    }

    static String problem(Component c, FieldProblem problem) {
        return c.getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    static List<String> problems(Component c, Refused problem) {
        return problem.problems().stream().map(p -> problem(c, p)).toList();
    }

    /** A refused step: every message of the refusal in one error notification. */
    static void refused(Component c, Refused problem) {
        Refusals.show(problem, c, field -> null);
    }

    static void done(Component c, String messageKey, Object... arguments) {
        Notification.show(c.getTranslation(messageKey, arguments)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
