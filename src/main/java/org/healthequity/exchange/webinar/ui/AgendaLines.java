package org.healthequity.exchange.webinar.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.healthequity.exchange.webinar.AgendaItem;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

/** The agenda typed as "HH:mm title" per line; anything else is refused with a message next to the agenda. */
class AgendaLines implements Converter<String, List<AgendaItem>> {

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final String refusal;

    /** @param refusal the translated message for a line that is not a time and a title */
    AgendaLines(String refusal) {
        this.refusal = refusal;
    }

    @Override
    public Result<List<AgendaItem>> convertToModel(String text, ValueContext context) {
        List<AgendaItem> items = new ArrayList<>();
        for (String line : (text == null ? "" : text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int space = line.indexOf(' ');
            if (space < 0) {
                return Result.error(refusal);
            }
            try {
                items.add(new AgendaItem(LocalTime.parse(line.substring(0, space).strip()),
                        line.substring(space + 1).strip()));
            } catch (DateTimeParseException e) {
                return Result.error(refusal);
            }
        }
        return Result.ok(items);
    }

    @Override
    public String convertToPresentation(List<AgendaItem> items, ValueContext context) {
        return items == null ? "" : items.stream().map(a -> HHMM.format(a.at()) + " " + a.title())
                .collect(Collectors.joining("\n"));
    }
}
