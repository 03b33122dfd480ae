package org.healthequity.exchange.casestudy.ui;

import java.util.List;

import org.healthequity.exchange.casestudy.TranslationRequests;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;

/**
 * Asking for a published case study in another of the six languages (ADR 0032); asking for a language someone already
 * asked for adds the person to those who wait for it.
 */
class RequestTranslationDialog extends Dialog {

    private final Select<Language> language = new Select<>();

    RequestTranslationDialog(TranslationRequests requests, long caseStudyId, List<Language> languages) {
        setHeaderTitle(getTranslation("translation-request.request"));
        language.setLabel(getTranslation("translation-request.into"));
        language.setItems(languages);
        language.setItemLabelGenerator(Language::nativeName);
        add(language);
        Button send = new Button(getTranslation("translation-request.send"), e -> send(requests, caseStudyId));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(send, new Button(getTranslation("action.cancel"), e -> close()));
    }

    private void send(TranslationRequests requests, long caseStudyId) {
        if (language.getValue() == null) {
            Refusals.refuse(language, getTranslation("translation-request.language-required"));
            return;
        }
        try {
            boolean created = requests.request(caseStudyId, language.getValue());
            close();
            Notification.show(getTranslation(created ? "translation-request.requested"
                    : "translation-request.joined"));
        } catch (Refused refused) {
            Refusals.show(refused, this, field -> language);
        } catch (ChangedMeanwhile conflict) {
            Refusals.changedMeanwhile(this, "translation-request.changed-meanwhile");
        }
    }
}
