package org.healthequity.exchange.webinar.ui;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.healthequity.exchange.shared.ui.Filters;
import org.healthequity.exchange.webinar.EditScope;
import org.healthequity.exchange.webinar.Frequency;
import org.healthequity.exchange.webinar.WebinarForm;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;

/**
 * When the webinar takes place: the organiser's time zone, start and end in it, the registration deadline and, when
 * scheduling, a repetition. The service resolves the local times strictly and refuses those that cannot be meant.
 */
class SlotFields extends FormLayout {

    private final ComboBox<String> zone = new ComboBox<>();
    private final DateTimePicker start = ComponentTexts.of(new DateTimePicker());
    private final DateTimePicker end = ComponentTexts.of(new DateTimePicker());
    private final DateTimePicker deadline = ComponentTexts.of(new DateTimePicker());
    private final Select<Frequency> repeat = new Select<>();
    private final IntegerField occurrences = new IntegerField();
    private final RadioButtonGroup<EditScope> scope = new RadioButtonGroup<>();

    SlotFields(Binder<WebinarForm> binder, boolean scheduling) {
        String required = getTranslation("webinar.error.required");
        zone.setLabel(getTranslation("webinar.field.zone"));
        zone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList());
        zone.setItemLabelGenerator(z -> ViewerTime.zoneName(ZoneId.of(z), getLocale()));
        start.setLabel(getTranslation("webinar.field.start"));
        end.setLabel(getTranslation("webinar.field.end"));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        deadline.setLabel(getTranslation("webinar.field.registration-deadline"));
        Filters.anyOf(this, repeat, "webinar.field.repeat", List.of(Frequency.values()),
                f -> getTranslation(f.messageKey()));
        repeat.setEmptySelectionCaption(getTranslation("webinar.repeat.none"));
        repeat.setItemLabelGenerator(f -> f == null ? getTranslation("webinar.repeat.none")
                : getTranslation(f.messageKey()));
        occurrences.setLabel(getTranslation("webinar.field.occurrences"));
        occurrences.setMin(WebinarForm.OCCURRENCES_MIN);
        occurrences.setMax(WebinarForm.OCCURRENCES_MAX);
        // A count of sessions means nothing without a repetition: shown only once one is chosen, emptied when it is not.
        occurrences.setVisible(false);
        repeat.addValueChangeListener(e -> {
            occurrences.setVisible(e.getValue() != null);
            if (e.getValue() == null) {
                occurrences.clear();
            }
        });
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && end.getValue() == null) {
                end.setValue(e.getValue().plusHours(1));
            }
        });

        binder.forField(zone).asRequired(required).withConverter(ZoneId::of, ZoneId::getId).bind("zone");
        binder.forField(start).asRequired(required).bind("start");
        binder.forField(end).asRequired(required).bind("end");
        binder.bind(deadline, "registrationDeadline");
        binder.bind(repeat, "repeat");
        // An empty count is no repetition; the field's own min and max check the range, the service again.
        binder.forField(occurrences)
                .withConverter((Integer count) -> count == null ? 0 : count, count -> count == 0 ? null : count)
                .bind("occurrences");
        add(zone, start, end, deadline);
        if (scheduling) {
            add(repeat, occurrences);
        }
        scope.setLabel(getTranslation("webinar.field.scope"));
        scope.setItems(EditScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("webinar.scope." + s.name().toLowerCase(Locale.ROOT)));
        scope.setValue(EditScope.OCCURRENCE);
    }

    /** Asks whether an edit of an occurrence of a series applies to it alone or to the later ones too. */
    void withScope() {
        add(scope, 2);
    }

    EditScope scope() {
        return scope.getValue() == null ? EditScope.OCCURRENCE : scope.getValue();
    }

    /** Runs {@code changed} whenever the zone or the times change. */
    void onChange(Runnable changed) {
        zone.addValueChangeListener(e -> changed.run());
        start.addValueChangeListener(e -> changed.run());
        end.addValueChangeListener(e -> changed.run());
    }

    @Nullable ZoneId zone() {
        return zone.getValue() == null ? null : ZoneId.of(zone.getValue());
    }

    @Nullable LocalDateTime start() {
        return start.getValue();
    }

    @Nullable LocalDateTime end() {
        return end.getValue();
    }

    /** Takes a slot the fairness panel suggested. */
    void use(LocalDateTime newStart, LocalDateTime newEnd) {
        start.setValue(newStart);
        end.setValue(newEnd);
    }
}
