package org.healthequity.exchange.webinar.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The webinars as a month or a week of whole days in the viewer's zone, weeks starting on Monday, with buttons to the
 * previous and next month or week.
 */
class CalendarPanel extends Div {

    private final WebinarCalendar calendar;
    private final ZoneId zone;
    private LocalDate shown;
    private boolean byMonth;
    private @Nullable Audience audience;
    private @Nullable Language language;

    CalendarPanel(WebinarCalendar calendar, ZoneId zone, LocalDate today) {
        this.calendar = calendar;
        this.zone = zone;
        this.shown = today;
    }

    /** Shows the month (or week) around the shown day, with the webinars the filters let through. */
    void show(boolean month, @Nullable Audience audienceFilter, @Nullable Language languageFilter) {
        byMonth = month;
        audience = audienceFilter;
        language = languageFilter;
        removeAll();
        // Weeks start where the reader's region starts them (Monday in en-GB, Sunday in en-US, Saturday in ar-EG).
        DayOfWeek firstDay = WeekFields.of(getLocale()).getFirstDayOfWeek();
        if (month) {
            LocalDate first = shown.withDayOfMonth(1);
            LocalDate from = first.with(TemporalAdjusters.previousOrSame(firstDay));
            LocalDate to = first.plusMonths(1).with(TemporalAdjusters.nextOrSame(firstDay));
            String title = ViewerTime.month(YearMonth.from(first), getLocale());
            add(calendarOf(title, from, to, first));
        } else {
            LocalDate from = shown.with(TemporalAdjusters.previousOrSame(firstDay));
            add(calendarOf(getTranslation("webinar.week-of", ViewerTime.date(from, getLocale())), from,
                    from.plusDays(7), null));
        }
    }

    /** A calendar of whole days [from, to); {@code month} marks the days of other months, null for a week. */
    private Div calendarOf(String title, LocalDate from, LocalDate to, @Nullable LocalDate month) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        List<WebinarCard> cards = calendar.between(start, end, audience, language);
        Button previous = new Button(getTranslation("webinar.previous"), e -> move(-1));
        Button next = new Button(getTranslation("webinar.next"), e -> move(1));
        HorizontalLayout navigation = new HorizontalLayout(previous, new H2(title), next);
        navigation.setAlignItems(Alignment.CENTER);
        Div grid = new Div();
        grid.addClassName(month != null ? "webinar-month" : "webinar-week");
        for (int d = 0; d < 7; d++) {
            DayOfWeek weekday = from.plusDays(d).getDayOfWeek();
            Span day = new Span(ViewerTime.weekday(weekday, getLocale()));
            day.addClassName("weekday");
            grid.add(day);
        }
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            Div cell = new Div();
            cell.addClassName("day");
            if (month != null && day.getMonth() != month.getMonth()) {
                cell.addClassName("other-month");
            }
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("day-number");
            cell.add(number);
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            for (WebinarCard card : cards) {
                if (card.start().isBefore(dayEnd) && card.end().isAfter(dayStart)) {
                    Anchor link = new Anchor("webinars/" + card.id(),
                            ViewerTime.time(card.start().atZone(zone).toLocalTime(), getLocale()) + " " + card.title());
                    link.addClassName("calendar-event");
                    if (card.cancelled()) {
                        link.addClassName("cancelled");
                    }
                    cell.add(new Div(link));
                }
            }
            grid.add(cell);
        }
        return new Div(navigation, grid);
    }

    private void move(int direction) {
        shown = byMonth ? shown.plusMonths(direction) : shown.plusWeeks(direction);
        show(byMonth, audience, language);
    }
}
