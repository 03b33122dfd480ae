package org.healthequity.exchange.webinar.ui;

import java.util.Optional;

import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.ui.TitledPage;
import org.healthequity.exchange.webinar.AgendaItem;
import org.healthequity.exchange.webinar.Speaker;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarPage;
import org.healthequity.exchange.webinar.WebinarRegistrations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A webinar's page: when it is in the viewer's zone and the organiser's, what it is about, and registration. The
 * joining link appears only for people with a place (the service leaves it out for everyone else).
 */
@Route("webinars/:id")
@AnonymousAllowed
public class WebinarView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final WebinarCalendar calendar;
    private final WebinarRegistrations registrations;
    private String title = "";
    private long id;

    public WebinarView(WebinarCalendar calendar, WebinarRegistrations registrations) {
        this.calendar = calendar;
        this.registrations = registrations;
        addClassName("webinar-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RouteIds.id(event).orElse(-1L);
        show();
    }

    /** After registering or cancelling: the page anew, the focus on the button that replaced the one pressed. */
    private void showAfterAction() {
        show();
        getChildren().filter(RegistrationSection.class::isInstance).map(RegistrationSection.class::cast).findFirst()
                .ifPresent(RegistrationSection::focusAction);
    }

    private void show() {
        removeAll();
        Optional<WebinarPage> found = calendar.webinar(id);
        if (found.isEmpty()) {
            title = getTranslation("webinar.not-found");
            add(new H1(title), new Paragraph(getTranslation("webinar.not-found.text")),
                    new Anchor("webinars", getTranslation("webinar.all")));
            return;
        }
        WebinarPage page = found.get();
        title = page.title();
        add(WebinarText.marked(new H1(page.title()), page.languages()));
        if (page.cancelled()) {
            Paragraph cancelled = new Paragraph(getTranslation("webinar.status.cancelled"));
            cancelled.addClassName("warning");
            add(cancelled);
        }
        Paragraph when = new Paragraph(WebinarText.slot(this, page.start(), page.end()));
        when.addClassName("webinar-when");
        add(when);
        String organiser = WebinarText.organiserSlot(this, page.start(), page.end(), page.zone());
        if (!organiser.isEmpty()) {
            Paragraph beside = new Paragraph(organiser);
            beside.addClassName("organiser-time");
            add(beside);
        }
        add(facts(page), new RegistrationSection(registrations, page, this::showAfterAction));
        if (!page.description().isBlank()) {
            add(section("webinar.field.description", WebinarText.marked(WebinarText.richText(page.description()),
                    page.languages())));
        }
        if (!page.agenda().isEmpty()) {
            UnorderedList agenda = new UnorderedList();
            for (AgendaItem item : page.agenda()) {
                agenda.add(new ListItem(ViewerTime.time(item.at(), getLocale()) + " " + item.title()));
            }
            add(section("webinar.field.agenda", new Paragraph(getTranslation("webinar.agenda.zone",
                    ViewerTime.zoneName(page.zone(), page.start(), getLocale()))), agenda));
        }
        if (!page.speakers().isEmpty()) {
            UnorderedList speakers = new UnorderedList();
            for (Speaker speaker : page.speakers()) {
                speakers.add(new ListItem(speaker.member()
                        ? new Anchor("members/" + speaker.accountId(), speaker.name())
                        : new Span(speaker.name())));
            }
            add(section("webinar.field.speakers", speakers));
        }
        if (page.recordingUrl() != null) {
            Anchor recording = new Anchor(page.recordingUrl(), getTranslation("webinar.recording.watch"),
                    AnchorTarget.BLANK);
            recording.getElement().setAttribute("rel", "noopener noreferrer");
            add(section("webinar.field.recording", recording));
        }
        if (!page.materials().isBlank()) {
            add(section("webinar.field.materials", WebinarText.richText(page.materials())));
        }
        if (page.mayEdit()) {
            HorizontalLayout manage = new HorizontalLayout(
                    new Button(getTranslation("webinar.edit"),
                            e -> getUI().ifPresent(ui -> ui.navigate("webinars/" + id + "/edit"))),
                    new Button(getTranslation("webinar.attendance.title"),
                            e -> getUI().ifPresent(ui -> ui.navigate("webinars/" + id + "/attendance"))));
            add(manage);
        }
    }

    private Component facts(WebinarPage page) {
        UnorderedList facts = new UnorderedList();
        facts.addClassName("facts");
        facts.add(new ListItem(getTranslation("webinar.field.audience") + ": "
                + getTranslation(page.audience().messageKey())
                + (page.groupName() == null ? "" : " · " + page.groupName())));
        facts.add(new ListItem(getTranslation("webinar.field.languages") + ": "
                + WebinarText.languages(page.languages())));
        if (!page.interpretation().isEmpty()) {
            facts.add(new ListItem(getTranslation("webinar.field.interpretation") + ": "
                    + WebinarText.languages(page.interpretation())));
        }
        if (page.capacity() != null) {
            facts.add(new ListItem(getTranslation("webinar.places.taken", page.registered(), page.capacity(),
                    page.waitlisted())));
        }
        if (page.registrationDeadline() != null) {
            facts.add(new ListItem(getTranslation("webinar.field.registration-deadline") + ": "
                    + ViewerTime.format(page.registrationDeadline())));
        }
        return facts;
    }

    private Section section(String headingKey, Component... content) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }

    @Override
    public String pageHeading() {
        return title;
    }
}
