package org.healthequity.exchange.webinar.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.webinar.Speaker;
import org.healthequity.exchange.webinar.WebinarScheduling;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The speakers as one value: members picked from the directory and guests typed one per line. Bound to the form's
 * {@code speakers}, so a refused speaker is shown here.
 */
class SpeakersField extends CustomField<List<Speaker>> {

    private final MultiSelectComboBox<Speaker> members = ComponentTexts.of(new MultiSelectComboBox<>());
    private final TextArea guests = new TextArea();

    SpeakersField(WebinarScheduling scheduling) {
        members.setLabel(getTranslation("webinar.field.member-speakers"));
        members.setItems(query -> scheduling.speakerCandidates(query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        members.setItemLabelGenerator(Speaker::name);
        guests.setLabel(getTranslation("webinar.field.guest-speakers"));
        guests.setHelperText(getTranslation("webinar.field.one-per-line"));
        members.addValueChangeListener(e -> updateValue());
        guests.addValueChangeListener(e -> updateValue());
        HorizontalLayout both = new HorizontalLayout(members, guests);
        both.setWidthFull();
        members.setWidth("50%");
        guests.setWidth("50%");
        add(both);
    }

    @Override
    protected List<Speaker> generateModelValue() {
        List<Speaker> speakers = new ArrayList<>(members.getValue());
        guests.getValue().lines().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> speakers.add(new Speaker(null, name)));
        return speakers;
    }

    @Override
    protected void setPresentationValue(List<Speaker> speakers) {
        List<Speaker> all = speakers == null ? List.of() : speakers;
        members.setValue(all.stream().filter(Speaker::member).collect(Collectors.toSet()));
        guests.setValue(all.stream().filter(s -> !s.member()).map(Speaker::name).collect(Collectors.joining("\n")));
    }
}
