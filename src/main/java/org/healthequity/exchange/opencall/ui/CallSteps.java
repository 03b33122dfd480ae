package org.healthequity.exchange.opencall.ui;

import java.util.Locale;
import java.util.Optional;

import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.CallStatus;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one step a call can take next (open, close, mark decided, archive), each confirmed in a dialog; a refusal is
 * shown with the service's message.
 */
final class CallSteps {

    private enum Step {
        OPEN(CallStatus.DRAFT), CLOSE(CallStatus.OPEN), DECIDED(CallStatus.CLOSED), ARCHIVE(CallStatus.DECIDED);

        private final CallStatus from;

        Step(CallStatus from) {
            this.from = from;
        }

        String key() {
            return "opencall.admin.step." + name().toLowerCase(Locale.ROOT);
        }
    }

    private CallSteps() {
    }

    /** The button for the call's next step, if it has one; {@code after} runs once the step was taken or refused. */
    static Optional<Button> next(Component owner, CallAdministration administration, long callId, String title,
            CallStatus status, Runnable after) {
        for (Step step : Step.values()) {
            if (step.from == status) {
                Button button = new Button(owner.getTranslation(step.key()),
                        e -> confirm(owner, administration, callId, title, step, after));
                button.getElement().setAttribute("aria-label", owner.getTranslation(step.key()) + " · " + title);
                return Optional.of(button);
            }
        }
        return Optional.empty();
    }

    private static void confirm(Component owner, CallAdministration administration, long callId, String title,
            Step step, Runnable after) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation(step.key()));
        dialog.add(new Paragraph(owner.getTranslation(step.key() + ".confirm", title)));
        Button confirm = new Button(owner.getTranslation("opencall.admin.confirm"), e -> {
            dialog.close();
            try {
                switch (step) {
                    case OPEN -> administration.open(callId);
                    case CLOSE -> administration.close(callId);
                    case DECIDED -> administration.markDecided(callId);
                    case ARCHIVE -> administration.archive(callId);
                }
                CallLabels.done(owner, step.key() + ".done", title);
            } catch (Refused problem) {
                CallLabels.refused(owner, problem);
            }
            after.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
