package org.healthequity.exchange.webinar.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.ui.RouteIds;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.webinar.Attendee;
import org.healthequity.exchange.webinar.WebinarCalendar;
import org.healthequity.exchange.webinar.WebinarScheduling;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.ui.TitleKey;
import org.healthequity.exchange.shared.ui.TitledPage;

/** The organiser records who came: everyone with a place, ticked when present. Names are shown only here. */
@Route("webinars/:id/attendance")
@RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
@TitleKey("webinar.attendance.title")
public class WebinarAttendanceView extends VerticalLayout implements BeforeEnterObserver, TitledPage {

    private final WebinarScheduling scheduling;
    private final WebinarCalendar calendar;
    private final CheckboxGroup<Attendee> present = new CheckboxGroup<>();

    public WebinarAttendanceView(WebinarScheduling scheduling, WebinarCalendar calendar) {
        this.scheduling = scheduling;
        this.calendar = calendar;
        addClassName("webinar-attendance");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = RouteIds.id(event).orElse(-1L);
        List<Attendee> attendees;
        try {
            attendees = scheduling.attendees(id);
        } catch (Refused problem) {
            add(new H1(getTranslation("webinar.not-found")));
            return;
        }
        String title = calendar.webinar(id).map(p -> p.title()).orElse("");
        add(new H1(getTranslation("webinar.attendance.title")), new Anchor("webinars/" + id, title));
        if (attendees.isEmpty()) {
            add(new Paragraph(getTranslation("webinar.attendance.nobody")));
            return;
        }
        present.setLabel(getTranslation("webinar.attendance.present"));
        present.setItems(attendees);
        present.setItemLabelGenerator(Attendee::name);
        Set<Attendee> came = new HashSet<>();
        attendees.stream().filter(a -> Boolean.TRUE.equals(a.attended())).forEach(came::add);
        present.setValue(came);
        Button save = new Button(getTranslation("webinar.attendance.save"), e -> save(id));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(present, save);
    }

    private void save(long id) {
        Set<Long> ids = new HashSet<>();
        present.getValue().forEach(a -> ids.add(a.registrationId()));
        try {
            scheduling.recordAttendance(id, ids);
            Notification.show(getTranslation("webinar.attendance.saved", ids.size()));
        } catch (Refused problem) {
            Refusals.show(problem, this, field -> null);
        }
    }
}
