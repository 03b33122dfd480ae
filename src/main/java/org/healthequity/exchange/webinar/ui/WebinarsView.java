package org.healthequity.exchange.webinar.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.Filters;
import org.healthequity.exchange.shared.ui.ResponsiveGrid;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;
import org.healthequity.exchange.webinar.WebinarFilter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Webinars as a list (loaded page by page) or as a month or week calendar, all in the viewer's time zone with the
 * organiser's beside, filtered by audience and language.
 */
@Route("webinars")
@Menu(title = "webinar.nav", order = 25, icon = "vaadin:calendar-clock")
@AnonymousAllowed
public class WebinarsView extends VerticalLayout implements TitledPage {

    private final WebinarCalendar calendar;
    private final Select<Audience> audience = new Select<>();
    private final Select<Language> language = new Select<>();
    private final Checkbox past = new Checkbox();
    private final Grid<WebinarCard> grid = new Grid<>();
    private static final String LIST = "list";
    private static final String MONTH = "month";
    private static final String WEEK = "week";

    /** List, month or week: a choice of how to show the same webinars (a labelled radio group, not tabs). */
    private final RadioButtonGroup<String> shownAs = new RadioButtonGroup<>();
    private final Div content = new Div();
    private final ZoneId zone = ViewerTime.zone();
    private final CalendarPanel calendarPanel;

    public WebinarsView(WebinarCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.calendarPanel = new CalendarPanel(calendar, zone, LocalDate.ofInstant(clock.instant(), zone));
        addClassName("webinars-page");
        HorizontalLayout heading = new HorizontalLayout(new H1(getTranslation("webinar.nav")));
        heading.setAlignItems(Alignment.BASELINE);
        boolean organiser = CurrentUser.get().filter(ExchangeUser::isStaff)
                .isPresent();
        if (organiser) {
            heading.add(new Button(getTranslation("webinar.schedule"),
                    e -> getUI().ifPresent(ui -> ui.navigate("webinars/new"))),
                    new Anchor("admin/webinar-statistics", getTranslation("webinar.statistics.title")));
        }
        if (CurrentUser.get().isPresent()) {
            heading.add(new Anchor("my/webinars", getTranslation("webinar.mine.title")));
        }
        Filters.anyOfWhenOpened(this, audience, "webinar.field.audience", List.of(Audience.values()),
                a -> getTranslation(a.messageKey()));
        Filters.anyOfWhenOpened(this, language, "webinar.field.languages", List.of(Language.values()),
                Language::nativeName);
        past.setLabel(getTranslation("webinar.list.past"));
        audience.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        past.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(audience, language, past);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("filters");

        shownAs.setLabel(getTranslation("webinar.view.label"));
        shownAs.setItems(LIST, MONTH, WEEK);
        shownAs.setItemLabelGenerator(view -> getTranslation("webinar.view." + view));
        shownAs.setValue(LIST);
        shownAs.addValueChangeListener(e -> refresh());
        shownAs.addClassName("shown-as");

        ResponsiveGrid<WebinarCard> columns = ResponsiveGrid.of(grid);
        columns.title(getTranslation("webinar.field.title"),
                card -> WebinarText.marked(new Anchor("webinars/" + card.id(), card.title()), card.languages()));
        columns.component(getTranslation("webinar.field.when"), this::when).setWidth("20rem");
        columns.text(getTranslation("webinar.field.audience"), card -> getTranslation(card.audience().messageKey()));
        columns.text(getTranslation("webinar.field.languages"), card -> WebinarText.languages(card.languages()));
        columns.text(getTranslation("webinar.field.places"), this::status);
        grid.setItems(query -> calendar.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, calendar.count(filter())));
        grid.setEmptyStateText(getTranslation("webinar.list.empty"));
        grid.setAllRowsVisible(true);
        grid.addClassName("webinar-list");

        Paragraph zoneNote = new Paragraph(getTranslation("webinar.zone-note", ViewerTime.zoneName(zone,
                getLocale())));
        zoneNote.addClassName("zone-note");
        content.setWidthFull(); // the list or calendar takes the page's width, neither more nor less (reflow)
        add(heading, zoneNote, filters, shownAs, content);
        refresh();
    }

    private WebinarFilter filter() {
        return new WebinarFilter(audience.getValue(), language.getValue(), past.getValue());
    }

    private void refresh() {
        content.removeAll();
        String view = shownAs.getValue() == null ? LIST : shownAs.getValue();
        past.setVisible(LIST.equals(view));
        if (!LIST.equals(view)) {
            calendarPanel.show(MONTH.equals(view), audience.getValue(), language.getValue());
            content.add(calendarPanel);
        } else {
            grid.getDataProvider().refreshAll();
            content.add(grid);
        }
    }

    private Div when(WebinarCard card) {
        Div when = new Div(new Span(WebinarText.slot(this, card.start(), card.end())));
        String organiser = WebinarText.organiserSlot(this, card.start(), card.end(), card.zone());
        if (!organiser.isEmpty()) {
            Span beside = new Span(organiser);
            beside.addClassName("organiser-time");
            when.add(new Div(beside));
        }
        return when;
    }

    private String status(WebinarCard card) {
        if (card.cancelled()) {
            return getTranslation("webinar.status.cancelled");
        }
        if (card.mine() != null) {
            return getTranslation(card.mine().messageKey());
        }
        if (card.capacity() == null) {
            return getTranslation("webinar.places.open");
        }
        return card.full() ? getTranslation("webinar.places.full", card.waitlisted())
                : getTranslation("webinar.places.left", card.capacity() - card.registered());
    }
}
