package org.healthequity.exchange.webinar.ui;

import org.healthequity.exchange.webinar.CalendarFeeds;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarCard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The signed-in person's webinars and the address of their personal calendar feed, which they can renew. */
@Route("my/webinars")
@PermitAll
@TitleKey("webinar.mine.title")
public class MyWebinarsView extends VerticalLayout implements TitledPage {

    private final CalendarFeeds feeds;
    private final TextField feedUrl = new TextField();
    private final Paragraph feedNote = new Paragraph();

    public MyWebinarsView(WebinarCalendar calendar, CalendarFeeds feeds) {
        this.feeds = feeds;
        add(new H1(getTranslation("webinar.mine.title")));
        UnorderedList list = new UnorderedList();
        for (WebinarCard card : calendar.mine()) {
            Span status = new Span(" · " + getTranslation(card.cancelled() ? "webinar.status.cancelled"
                    : card.mine().messageKey()));
            Anchor title = WebinarText.marked(new Anchor("webinars/" + card.id(), card.title()), card.languages());
            list.add(new ListItem(title,
                    new Span(" " + WebinarText.slot(this, card.start(), card.end())), status));
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("webinar.mine.empty")));
        } else {
            add(list);
        }
        add(new Anchor("webinars", getTranslation("webinar.all")));
        add(new H2(getTranslation("webinar.feed.title")), new Paragraph(getTranslation("webinar.feed.intro")));
        feedUrl.setLabel(getTranslation("webinar.feed.address"));
        feedUrl.setReadOnly(true);
        feedUrl.setWidthFull();
        // Like a personal access token, the address is shown only when it is made: the portal keeps just its hash.
        feeds.createIfAbsent().ifPresentOrElse(this::show, () -> {
            feedUrl.setVisible(false);
            feedNote.setText(getTranslation("webinar.feed.hidden"));
        });
        Button regenerate = new Button(getTranslation("webinar.feed.regenerate"), e -> regenerate());
        add(feedUrl, feedNote, new Paragraph(getTranslation("webinar.feed.regenerate-help")), regenerate);
    }

    private void show(String url) {
        feedUrl.setValue(url);
        feedUrl.setVisible(true);
        feedNote.setText(getTranslation("webinar.feed.shown-once"));
    }

    private void regenerate() {
        show(feeds.regenerate());
        Notification.show(getTranslation("webinar.feed.regenerated"));
    }
}
