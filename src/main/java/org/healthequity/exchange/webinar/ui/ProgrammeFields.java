package org.healthequity.exchange.webinar.ui;

import org.healthequity.exchange.webinar.WebinarForm;
import org.healthequity.exchange.webinar.WebinarScheduling;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * What happens in the webinar: the timed agenda, the speakers and the materials; once it exists, also the recording's
 * link, which is the follow-up's rather than the form record's and so not bound.
 */
class ProgrammeFields extends FormLayout {

    private final TextArea agenda = new TextArea();
    private final SpeakersField speakers;
    private final TextArea materials = new TextArea();
    private final TextField recordingUrl = new TextField();

    /** @param recording the stored recording link when editing, else null (no recording field) */
    ProgrammeFields(Binder<WebinarForm> binder, WebinarScheduling scheduling, @Nullable String recording) {
        agenda.setLabel(getTranslation("webinar.field.agenda"));
        agenda.setHelperText(getTranslation("webinar.field.agenda-help"));
        speakers = new SpeakersField(scheduling);
        materials.setLabel(getTranslation("webinar.field.materials"));
        materials.setHelperText(getTranslation("webinar.field.markdown-help"));
        materials.setMaxLength(WebinarForm.MATERIALS_MAX);

        binder.forField(agenda).withConverter(new AgendaLines(getTranslation("webinar.error.agenda"))).bind("agenda");
        binder.bind(speakers, "speakers");
        binder.forField(materials).withValidator(BasicFields.tooLong(this, WebinarForm.MATERIALS_MAX))
                .bind("materials");
        add(agenda, 2);
        add(speakers, 2);
        add(materials, 2);
        recordingUrl.setLabel(getTranslation("webinar.field.recording"));
        recordingUrl.setMaxLength(WebinarForm.URL_MAX);
        recordingUrl.setValue(recording == null ? "" : recording);
    }

    /** Shows the recording's link, which only a webinar already scheduled has. */
    void withRecording() {
        add(recordingUrl, 2);
    }

    TextField recordingUrl() {
        return recordingUrl;
    }

    /** The materials as typed, which the follow-up of a past webinar stores too. */
    String materials() {
        return materials.getValue();
    }
}
