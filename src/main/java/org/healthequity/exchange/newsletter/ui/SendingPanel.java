package org.healthequity.exchange.newsletter.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;

import org.healthequity.exchange.newsletter.EditableNewsletter;
import org.healthequity.exchange.newsletter.NewsletterStatus;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * When the newsletter goes out: now (after a confirmation naming how many people it reaches), at a time in the viewer's
 * zone, back to a draft while it waits, or stopped while it is being sent. Which of these shows follows the
 * newsletter's state.
 */
class SendingPanel extends Composite<VerticalLayout> {

    /** What the person asked for; the editor saves the texts first and then takes the step. */
    interface Steps {
        void sendNow();

        void schedule(Instant at);

        void unschedule();

        void stop();
    }

    private final DateTimePicker at = ComponentTexts.of(new DateTimePicker());
    private final Paragraph standing = new Paragraph();
    private final Button sendNow = new Button();
    private final Button schedule = new Button();
    private final Button unschedule = new Button();
    private final Button stop = new Button();

    SendingPanel(Steps steps, Consumer<Consumer<Long>> withReach) {
        ZoneId zone = ViewerTime.zone();
        at.setLabel(getTranslation("newsletter.sending.at", ViewerTime.zoneName(zone, ViewerTime.locale())));
        at.setStep(Duration.ofMinutes(15));
        sendNow.setText(getTranslation("newsletter.sending.now"));
        sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendNow.addClickListener(e -> withReach.accept(reach -> confirm(
                getTranslation("newsletter.sending.confirm-title"), getTranslation("newsletter.sending.confirm", reach),
                getTranslation("newsletter.sending.now"), steps::sendNow)));
        schedule.setText(getTranslation("newsletter.sending.schedule"));
        schedule.addClickListener(e -> {
            LocalDateTime local = at.getValue();
            if (local == null) {
                at.setErrorMessage(getTranslation("newsletter.problem.time-required"));
                at.setInvalid(true);
                return;
            }
            at.setInvalid(false);
            steps.schedule(local.atZone(zone).toInstant());
        });
        unschedule.setText(getTranslation("newsletter.sending.unschedule"));
        unschedule.addClickListener(e -> steps.unschedule());
        stop.setText(getTranslation("newsletter.sending.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.addClickListener(e -> confirm(getTranslation("newsletter.sending.stop-confirm-title"),
                getTranslation("newsletter.sending.stop-confirm"),
                getTranslation("newsletter.sending.stop"), steps::stop));
        HorizontalLayout timed = new HorizontalLayout(at, schedule);
        timed.setAlignItems(FlexComponent.Alignment.BASELINE);
        timed.setWrap(true);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("newsletter.sending.title")), standing, sendNow, timed, unschedule,
                stop);
    }

    void show(EditableNewsletter newsletter) {
        standing.setText(NewsletterLabels.standing(this, newsletter.status(), newsletter.scheduledAt(),
                newsletter.sentAt(), newsletter.recipients()));
        boolean draft = newsletter.status() == NewsletterStatus.DRAFT;
        sendNow.setVisible(draft || newsletter.status() == NewsletterStatus.SCHEDULED);
        at.setVisible(draft);
        schedule.setVisible(draft);
        unschedule.setVisible(newsletter.status() == NewsletterStatus.SCHEDULED);
        stop.setVisible(newsletter.status() == NewsletterStatus.SENDING);
    }

    HasValidation timeField() {
        return at;
    }

    /** Asks before a step that cannot be taken back. */
    private void confirm(String title, String question, String action, Runnable step) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(question));
        Button go = new Button(action, e -> {
            dialog.close();
            step.run();
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("newsletter.sending.cancel"), e -> dialog.close()), go);
        dialog.open();
    }
}
