package org.healthequity.exchange.workgroup.ui;


import org.healthequity.exchange.shared.ui.ContentLanguage;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import jakarta.validation.ConstraintViolationException;

/** Small pieces the group pages share: badges, sanitized HTML, and running a step that the service may refuse. */
final class GroupText {

    private GroupText() {
    }

    static Span badge(Component owner, String messageKey) {
        Span badge = new Span(owner.getTranslation(messageKey));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("group-badge");
        return badge;
    }

    /**
     * HTML the service sanitized (RichText.toSafeHtml); never anything else. Members write in any language and none
     * is recorded, so the browser takes each text's direction from its first letters.
     */
    static Div html(String safeHtml) {
        Div text = ContentLanguage.unknown(new Div());
        text.addClassName("rich-text");
        text.getElement().setProperty("innerHTML", safeHtml);
        return text;
    }

    /** Runs a step; a refusal shows its message and returns false, keeping whatever the person typed. */
    static boolean attempt(Component owner, Runnable step) {
        try {
            step.run();
            return true;
        } catch (Refused problem) {
            Refusals.show(problem, owner, field -> null);
        } catch (ConstraintViolationException problem) {
            Notification.show(owner.getTranslation("workgroup.problem.invalid"));
        } catch (AccessDeniedException problem) {
            // A role the service refuses (an applicant reporting a post, for instance).
            Notification.show(owner.getTranslation("workgroup.problem.members-only"));
        }
        return false;
    }
}
