package org.healthequity.exchange.notification.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.healthequity.exchange.notification.MailFilter;
import org.healthequity.exchange.notification.MailStatus;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.ComponentTexts;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

/**
 * The outgoing mail's filters: status, part of the recipient's address, part of the subject and the days it was
 * written in (the viewer's days, from the first to the last inclusive). They live in the address too
 * ({@code /admin/mail?recipient=ana&from=2026-12-01}), so a search can be bookmarked, shared and gone back to.
 */
class MailFilterBar extends FlexLayout {

    private final Select<MailStatus> status = new Select<>();
    private final TextField recipient = new TextField();
    private final TextField subject = new TextField();
    private final DatePicker from = ComponentTexts.of(new DatePicker());
    private final DatePicker until = ComponentTexts.of(new DatePicker());
    private boolean reading;

    MailFilterBar(Runnable changed) {
        status.setLabel(getTranslation("mail.view.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.view.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.view.all") : label(s));
        recipient.setLabel(getTranslation("mail.view.recipient"));
        subject.setLabel(getTranslation("mail.view.subject"));
        for (TextField text : List.of(recipient, subject)) {
            text.setMaxLength(MailFilter.SEARCH_MAX);
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.addValueChangeListener(e -> tell(changed));
        }
        from.setLabel(getTranslation("mail.view.from"));
        until.setLabel(getTranslation("mail.view.until"));
        from.addValueChangeListener(e -> {
            until.setMin(e.getValue());
            tell(changed);
        });
        until.addValueChangeListener(e -> tell(changed));
        status.addValueChangeListener(e -> tell(changed));
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        addClassName("filters");
        add(status, recipient, subject, from, until);
    }

    /** The filter the fields describe, the days turned into instants in the viewer's zone. */
    MailFilter filter() {
        ZoneId zone = ViewerTime.zone();
        return new MailFilter(status.getValue(), recipient.getValue(), subject.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The fields as address parameters; empty ones are left out. */
    QueryParameters parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (status.getValue() != null) {
            parameters.put("status", status.getValue().name().toLowerCase(Locale.ROOT));
        }
        put(parameters, "recipient", recipient.getValue().strip());
        put(parameters, "subject", subject.getValue().strip());
        put(parameters, "from", from.getValue() == null ? "" : from.getValue().toString());
        put(parameters, "until", until.getValue() == null ? "" : until.getValue().toString());
        return QueryParameters.simple(parameters);
    }

    /** Fills the fields from the address without telling anyone; a value that makes no sense is left out. */
    void read(QueryParameters parameters) {
        reading = true;
        try {
            status.setValue(parse(parameters, "status", value -> MailStatus.valueOf(value.toUpperCase(Locale.ROOT))));
            recipient.setValue(parameters.getSingleParameter("recipient").orElse(""));
            subject.setValue(parameters.getSingleParameter("subject").orElse(""));
            from.setValue(parse(parameters, "from", LocalDate::parse));
            until.setValue(parse(parameters, "until", LocalDate::parse));
        } finally {
            reading = false;
        }
    }

    private void tell(Runnable changed) {
        if (!reading) {
            changed.run();
        }
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.put(name, value);
        }
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> @Nullable T parse(QueryParameters parameters, String name, Parser<T> parser) {
        String value = parameters.getSingleParameter(name).orElse("");
        try {
            return value.isBlank() ? null : parser.parse(value.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    String label(MailStatus mailStatus) {
        return getTranslation("mail.status." + mailStatus.name().toLowerCase(Locale.ROOT));
    }
}
