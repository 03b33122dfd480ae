package org.healthequity.exchange.webinar.ui;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.ui.HomePanel;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;

/** The home page's next webinars: only those the viewer's audience may see, in the viewer's time zone. */
@Component
class UpcomingWebinarsPanel implements HomePanel {

    private static final int HOW_MANY = 5;

    private final WebinarCalendar calendar;

    UpcomingWebinarsPanel(WebinarCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "home.panel.upcoming-webinars";
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Div panel = new Div();
        List<ListItem> items = new ArrayList<>();
        for (WebinarCard card : calendar.upcoming(HOW_MANY)) {
            Span when = new Span(" " + WebinarText.slot(panel, card.start(), card.end()));
            when.addClassName("webinar-when");
            items.add(new ListItem(WebinarText.marked(new Anchor("webinars/" + card.id(), card.title()),
                    card.languages()), when));
        }
        return HomePanel.listed(panel, items, "home.panel.upcoming-webinars.empty",
                new Anchor("webinars", panel.getTranslation("webinar.all")));
    }
}
