package org.healthequity.exchange.casestudy.ui;

import org.healthequity.exchange.shared.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The editor's buttons (save, submit, withdraw) and the line that says how the draft stands. */
class DraftActions extends HorizontalLayout {

    /** Said by screen readers whenever it changes: saved, not saved, in review (WCAG 4.1.3). */
    private final Span saveState = LiveRegion.polite(new Span());
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Button withdraw = new Button();

    DraftActions(Runnable onSave, Runnable onSubmit, Runnable onWithdraw) {
        save.setText(getTranslation("case-study.save"));
        save.addClickListener(e -> onSave.run());
        submit.setText(getTranslation("case-study.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> onSubmit.run());
        withdraw.setText(getTranslation("case-study.withdraw"));
        withdraw.addClickListener(e -> onWithdraw.run());
        withdraw.setVisible(false);
        saveState.addClassName("save-state");
        setAlignItems(Alignment.BASELINE);
        add(save, submit, withdraw, saveState);
    }

    /** Submitted drafts can be withdrawn, others submitted; only an editable draft can be saved. */
    void showFor(boolean editable, boolean submitted) {
        withdraw.setVisible(submitted);
        submit.setVisible(!submitted);
        save.setVisible(editable);
    }

    /** A save elsewhere was met: said here and in a notification; the form keeps what was typed. */
    void conflicted() {
        state(getTranslation("case-study.conflict"));
        Notification.show(getTranslation("case-study.conflict")).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    void state(String text) {
        saveState.setText(text);
    }
}
