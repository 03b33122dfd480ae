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
 * zone, or back to a draft while it waits. Which of these shows follows the newsletter's state.
 */
class SendingPanel extends Composite<VerticalLayout> {

    /** What the person asked for; the editor saves the texts first and then takes the step. */
    interface Steps {
        void sendNow();

        void schedule(Instant at);

        void unschedule();
    }

    private final DateTimePicker at = ComponentTexts.of(new DateTimePicker());
    private final Paragraph standing = new Paragraph();
    private final Button sendNow = new Button();
    private final Button schedule = new Button();
    private final Button unschedule = new Button();

    SendingPanel(Steps steps, Consumer<Consumer<Long>> withReach) {
        ZoneId zone = ViewerTime.zone();
        at.setLabel(getTranslation("newsletter.sending.at", ViewerTime.zoneName(zone, ViewerTime.locale())));
        at.setStep(Duration.ofMinutes(15));
        sendNow.setText(getTranslation("newsletter.sending.now"));
        sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sendNow.addClickListener(e -> withReach.accept(reach -> confirm(reach, steps)));
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
        HorizontalLayout timed = new HorizontalLayout(at, schedule);
        timed.setAlignItems(FlexComponent.Alignment.BASELINE);
        timed.setWrap(true);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("newsletter.sending.title")), standing, sendNow, timed, unschedule);
    }

    void show(EditableNewsletter newsletter) {
        standing.setText(NewsletterLabels.standing(this, newsletter.status(), newsletter.scheduledAt(),
                newsletter.sentAt(), newsletter.recipients()));
        boolean draft = newsletter.status() == NewsletterStatus.DRAFT;
        sendNow.setVisible(draft || newsletter.status() == NewsletterStatus.SCHEDULED);
        at.setVisible(draft);
        schedule.setVisible(draft);
        unschedule.setVisible(newsletter.status() == NewsletterStatus.SCHEDULED);
    }

    HasValidation timeField() {
        return at;
    }

    private void confirm(long reach, Steps steps) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("newsletter.sending.confirm-title"));
        dialog.add(new Paragraph(getTranslation("newsletter.sending.confirm", reach)));
        Button send = new Button(getTranslation("newsletter.sending.now"), e -> {
            dialog.close();
            steps.sendNow();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("newsletter.sending.cancel"), e -> dialog.close()), send);
        dialog.open();
    }
}
