package org.healthequity.exchange.opencall.ui;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.healthequity.exchange.opencall.CallForm;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;

/** When a call opens and closes: wall-clock times in the call's time zone, which each picker names. */
class ScheduleSection extends VerticalLayout {

    private final ComboBox<String> timeZone = new ComboBox<>();
    private final DateTimePicker opens = ComponentTexts.of(new DateTimePicker());
    private final DateTimePicker closes = ComponentTexts.of(new DateTimePicker());

    ScheduleSection() {
        setPadding(false);
        timeZone.setLabel(getTranslation("opencall.admin.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("SystemV/")).sorted().toList());
        timeZone.addValueChangeListener(e -> nameZone());
        opens.setLabel(getTranslation("opencall.admin.opens"));
        closes.setLabel(getTranslation("opencall.admin.closes"));
        add(new H2(getTranslation("opencall.admin.schedule")), new FormLayout(timeZone, opens, closes),
                new Paragraph(getTranslation("opencall.admin.schedule-help")));
    }

    /** Binds each field to the {@link CallForm} component of its name; all three are required. */
    void bind(Binder<CallForm> binder) {
        String required = getTranslation("opencall.admin.required");
        binder.forField(timeZone).asRequired(required).bind("timeZone");
        binder.forField(opens).asRequired(required).bind("opens");
        binder.forField(closes).asRequired(required).bind("closes");
    }

    void setReadOnly(boolean readOnly) {
        timeZone.setReadOnly(readOnly);
        opens.setReadOnly(readOnly);
        closes.setReadOnly(readOnly);
    }

    private void nameZone() {
        String zone = timeZone.getValue();
        String named;
        try {
            named = zone == null ? "" : getTranslation("opencall.admin.in-zone",
                    ViewerTime.zoneName(ZoneId.of(zone), getLocale()));
        } catch (DateTimeException e) {
            named = "";
        }
        opens.setHelperText(named);
        closes.setHelperText(named);
    }
}
