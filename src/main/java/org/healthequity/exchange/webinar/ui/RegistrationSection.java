package org.healthequity.exchange.webinar.ui;

import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.webinar.RegistrationStatus;
import org.healthequity.exchange.webinar.WebinarPage;
import org.healthequity.exchange.webinar.WebinarRegistrations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;

/**
 * A person's place in a webinar: their registration or place in the queue, the joining link when they have a place,
 * and the button to register, join the waiting list or cancel. {@code changed} runs after each step, so the page shows
 * the new state.
 */
class RegistrationSection extends Section {

    private final WebinarRegistrations registrations;
    private final long id;
    private final Runnable changed;

    RegistrationSection(WebinarRegistrations registrations, WebinarPage page, Runnable changed) {
        this.registrations = registrations;
        this.id = page.id();
        this.changed = changed;
        addClassName("registration");
        RegistrationStatus mine = page.mine();
        if (mine == RegistrationStatus.REGISTERED) {
            add(new Paragraph(getTranslation("webinar.you.registered")));
        } else if (mine == RegistrationStatus.WAITLISTED) {
            add(new Paragraph(getTranslation("webinar.you.waitlisted", page.waitlistPosition())));
        }
        if (page.joinUrl() != null && !page.cancelled() && !page.ended()) {
            Anchor join = new Anchor(page.joinUrl(), getTranslation("webinar.join"), AnchorTarget.BLANK);
            join.getElement().setAttribute("rel", "noopener noreferrer");
            join.addClassName("join-link");
            add(new Paragraph(join));
        }
        if (mine != null && !page.ended() && !page.cancelled()) {
            add(new Button(getTranslation("webinar.unregister"), e -> act(false)));
        } else if (page.registrationOpen()) {
            if (page.signedIn()) {
                Button register = new Button(getTranslation(page.capacity() != null
                        && page.registered() >= page.capacity() ? "webinar.join-waitlist" : "webinar.register"),
                        e -> act(true));
                register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add(register);
            } else {
                add(new Paragraph(new Anchor("login", getTranslation("webinar.sign-in-to-register"))));
            }
        } else if (!page.ended() && !page.cancelled()) {
            add(new Paragraph(getTranslation("webinar.registration-closed")));
        }
    }

    private void act(boolean register) {
        try {
            if (register) {
                RegistrationStatus status = registrations.register(id);
                Notification.show(getTranslation(status == RegistrationStatus.REGISTERED
                        ? "webinar.registered.notice" : "webinar.waitlisted.notice"));
            } else {
                registrations.cancel(id);
                Notification.show(getTranslation("webinar.unregistered.notice"));
            }
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> null);
        }
        changed.run();
    }
}
