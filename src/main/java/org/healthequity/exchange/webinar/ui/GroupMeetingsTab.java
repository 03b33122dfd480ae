package org.healthequity.exchange.webinar.ui;

import java.util.List;

import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;
import org.healthequity.exchange.workgroup.GroupSpaceTab;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The "Meetings" tab of a working group's space: the group's upcoming and past webinars and meetings in the viewer's
 * time zone (only its members and the secretariat see them), and a link to schedule one for the group's leads.
 */
@Component
class GroupMeetingsTab implements GroupSpaceTab {

    private static final int HOW_MANY = 20;

    private final WebinarCalendar calendar;

    GroupMeetingsTab(WebinarCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public String labelKey() {
        return "webinar.group.tab";
    }

    @Override
    public com.vaadin.flow.component.Component create(long groupId) {
        Div panel = new Div();
        panel.addClassName("group-meetings");
        if (calendar.mayScheduleFor(groupId)) {
            panel.add(new Anchor("webinars/new?group=" + groupId, panel.getTranslation("webinar.group.schedule")));
        }
        panel.add(new H2(panel.getTranslation("webinar.group.upcoming")),
                list(panel, calendar.ofGroup(groupId, false, HOW_MANY), "webinar.group.upcoming-empty"));
        panel.add(new H2(panel.getTranslation("webinar.group.past")),
                list(panel, calendar.ofGroup(groupId, true, HOW_MANY), "webinar.group.past-empty"));
        return panel;
    }

    private static com.vaadin.flow.component.Component list(Div panel, List<WebinarCard> cards, String emptyKey) {
        if (cards.isEmpty()) {
            return new Paragraph(panel.getTranslation(emptyKey));
        }
        UnorderedList list = new UnorderedList();
        for (WebinarCard card : cards) {
            Span when = new Span(" " + WebinarText.slot(panel, card.start(), card.end()));
            when.addClassName("webinar-when");
            ListItem item = new ListItem(WebinarText.marked(new Anchor("webinars/" + card.id(), card.title()),
                    card.languages()), when);
            if (card.cancelled()) {
                item.add(new Span(" · " + panel.getTranslation("webinar.group.cancelled")));
            }
            list.add(item);
        }
        return list;
    }
}
