package org.healthequity.exchange.webinar.ui;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.ViewTest;
import org.healthequity.exchange.webinar.Attendee;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.Frequency;
import org.healthequity.exchange.webinar.WebinarCard;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.healthequity.exchange.webinar.WebinarRegistrations;
import org.healthequity.exchange.webinar.WebinarScheduling;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class WebinarViewsViewTest extends ViewTest {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WebinarFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2027-01-10T08:00:00Z"));
    }

    private long scheduled(String title, Audience audience, Integer capacity) {
        Accounts.signIn(users, "secretariat@example.org");
        long id = scheduling.schedule(WebinarFixture.withCapacity(WebinarFixture.withAudience(WebinarFixture.form(
                title, LocalDateTime.parse("2027-01-20T14:00"), GENEVA), audience), capacity));
        SecurityContextHolder.clearContext();
        return id;
    }

    @Test
    void visitorsFindPublicWebinarsInTheListAndTheMonthCalendar() {
        long id = scheduled("Listed for visitors", Audience.PUBLIC, null);
        scheduled("Only for the HIM network", Audience.HIM, null);
        navigate("webinars");
        @SuppressWarnings("unchecked")
        Grid<WebinarCard> grid = _get(Grid.class);
        List<WebinarCard> rows = IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i))
                .toList();
        assertThat(rows).extracting(WebinarCard::title).contains("Listed for visitors")
                .doesNotContain("Only for the HIM network");
        assertThat(_find(Button.class, spec -> spec.withText("Schedule a webinar"))).isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> shownAs = _get(RadioButtonGroup.class, spec -> spec.withLabel("Show as"));
        shownAs.setValue("month");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("calendar-event")))
                .anySatisfy(a -> assertThat(a.getHref()).isEqualTo("webinars/" + id));
        shownAs.setValue("week");
        // Weeks start on Sunday for the test's browser (en-US): from the week of 10 January to that of the 17th.
        _click(_get(Button.class, spec -> spec.withText("Next")));
        assertThat(_find(Anchor.class, spec -> spec.withClasses("calendar-event")))
                .anySatisfy(a -> assertThat(a.getText()).contains("Listed for visitors"));
    }

    @Test
    void theHomePageListsTheNextPublicWebinars() {
        clock.set(Instant.parse("2031-01-01T08:00:00Z"));
        Accounts.signIn(users, "secretariat@example.org");
        long open = scheduling.schedule(WebinarFixture.form("Next on the home page",
                LocalDateTime.parse("2031-01-02T14:00"), GENEVA));
        scheduling.schedule(WebinarFixture.withAudience(WebinarFixture.form("Not on a visitor's home page",
                LocalDateTime.parse("2031-01-02T15:00"), GENEVA), Audience.GKNHE));
        SecurityContextHolder.clearContext();
        navigate("webinars"); // the home page the mock browser opened first was built before the clock moved
        navigate("about");
        assertThat(_find(Anchor.class, spec -> spec.withText("Next on the home page")))
                .anySatisfy(a -> assertThat(a.getHref()).isEqualTo("webinars/" + open));
        assertThat(_find(Anchor.class, spec -> spec.withText("Not on a visitor's home page"))).isEmpty();
    }

    @Test
    void aMemberRegistersAndSeesTheJoiningLinkWhichVisitorsNeverGet() {
        long id = scheduled("Register here", Audience.PUBLIC, 10);
        navigate("webinars/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Register here");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("join-link"))).isEmpty();

        String person = fixture.member("Asia/Kolkata", "IN");
        login(person);
        navigate("webinars/" + id);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("organiser-time"))).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withText("Register")));
        assertThat(jdbc.queryForObject("select status from webinar_registration where webinar_id = ?"
                + " and account_id = ?", String.class, id, fixture.accountId(person))).isEqualTo("REGISTERED");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("join-link")).getHref())
                .startsWith("https://meet.example.org/");
        _click(_get(Button.class, spec -> spec.withText("Cancel my registration")));
        assertThat(jdbc.queryForObject("select status from webinar_registration where webinar_id = ?"
                + " and account_id = ?", String.class, id, fixture.accountId(person))).isEqualTo("CANCELLED");
    }

    @Test
    void aNetworksWebinarIsNotFoundForOthers() {
        long id = scheduled("Members only", Audience.GKNHE, null);
        login(fixture.member("Europe/Oslo", "NO", "HIM"));
        navigate("webinars/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Webinar not found");
    }

    @Test
    void theSecretariatSchedulesAWebinarAndSeesFieldErrorsFirst() {
        login("secretariat@example.org");
        navigate("webinars/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Scheduled in the form");
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Start (organiser’s time zone)")),
                LocalDateTime.parse("2027-02-03T15:00"));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("End (organiser’s time zone)")),
                LocalDateTime.parse("2027-02-03T14:00"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Joining link")), "javascript:alert(1)");
        assertThat(_find(Section.class, spec -> spec.withClasses("fairness")))
                .isNotEmpty();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        DateTimePicker end = _get(DateTimePicker.class, spec -> spec.withLabel("End (organiser’s time zone)"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Joining link")).isInvalid()).isTrue();

        _setValue(end, LocalDateTime.parse("2027-02-03T16:30"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Joining link")), "https://meet.example.org/form");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Capacity")), 40);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Agenda")), "15:00 Welcome\n15:10 Country stories");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var row = jdbc.queryForMap("select id, starts_at, ends_at, zone, capacity, join_url from webinar"
                + " where title = 'Scheduled in the form'");
        assertThat(((Timestamp) row.get("starts_at")).toInstant())
                .isEqualTo(Instant.parse("2027-02-03T14:00:00Z"));
        assertThat(row.get("zone")).isEqualTo("Europe/Zurich");
        assertThat(row.get("capacity")).isEqualTo(40);
        assertThat(jdbc.queryForList("select title from webinar_agenda_item where webinar_id = ? order by position",
                String.class, row.get("id"))).containsExactly("Welcome", "Country stories");
        assertThat(currentView()).isEqualTo(WebinarView.class);
    }

    @Test
    void aSaveWithoutAJoiningLinkSaysSoWhereThePersonLooksNamingTheField() {
        login("secretariat@example.org");
        navigate("webinars/new");
        TextField joiningLink = _get(TextField.class, spec -> spec.withLabel("Joining link"));
        assertThat(joiningLink.isRequiredIndicatorVisible()).isTrue();
        assertThat(joiningLink.getHelperText()).contains("needed to schedule it");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Without a link");
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Start (organiser’s time zone)")),
                LocalDateTime.parse("2027-02-03T15:00"));

        _click(_get(Button.class, spec -> spec.withText("Save")));

        // The focus moving to the field is the browser's part: GridWidthsBrowserIT checks it.
        expectNotifications("Not saved: please correct Joining link.");
        assertThat(joiningLink.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from webinar where title = 'Without a link'", Integer.class))
                .isZero();
    }

    @Test
    void theNumberOfSessionsAppearsOnlyOnceARepetitionIsChosen() {
        login("secretariat@example.org");
        navigate("webinars/new");
        assertThat(_find(IntegerField.class, spec -> spec.withLabel("Number of occurrences"))).isEmpty();
        @SuppressWarnings("unchecked")
        Select<Frequency> repeat = _get(Select.class, spec -> spec.withLabel("Repeat"));
        _setValue(repeat, Frequency.WEEKLY);
        IntegerField sessions = _get(IntegerField.class, spec -> spec.withLabel("Number of occurrences"));
        _setValue(sessions, 4);
        _setValue(repeat, null);
        assertThat(sessions.isVisible()).isFalse();
        assertThat(sessions.getValue()).isNull();
    }

    @Test
    void anAgendaLineWithoutATimeIsShownNextToTheAgendaAndNothingIsStored() {
        login("secretariat@example.org");
        navigate("webinars/new");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Agenda without times");
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Start (organiser’s time zone)")),
                LocalDateTime.parse("2027-02-03T15:00"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Joining link")), "https://meet.example.org/agenda");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Agenda")), "Welcome");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        TextArea agenda = _get(TextArea.class, spec -> spec.withLabel("Agenda"));
        assertThat(agenda.isInvalid()).isTrue();
        assertThat(agenda.getErrorMessage())
                .isEqualTo("Each line needs a time and a title, for example: 14:00 Welcome");
        assertThat(jdbc.queryForObject("select count(*) from webinar where title = 'Agenda without times'",
                Integer.class)).isZero();
        assertThat(currentView()).isEqualTo(WebinarEditorView.class);
    }

    @Test
    void membersCannotOpenTheSchedulingAttendanceOrStatisticsPages() {
        long id = scheduled("Not for members to edit", Audience.PUBLIC, null);
        login("member@example.org");
        for (String page : List.of("webinars/new", "webinars/" + id + "/edit", "webinars/" + id + "/attendance",
                "admin/webinar-statistics")) {
            navigate(page);
            assertThat(currentView()).as(page).isEqualTo(AccessDeniedView.class);
        }
    }

    @Test
    void theOrganiserRecordsAttendanceWhichTheStatisticsCount() {
        long id = scheduled("Attendance to record", Audience.PUBLIC, null);
        String came = fixture.member("Africa/Nairobi", "KE");
        String missed = fixture.member("Africa/Nairobi", "KE");
        for (String person : List.of(came, missed)) {
            Accounts.signIn(users, person);
            registrations.register(id);
        }
        SecurityContextHolder.clearContext();
        clock.set(Instant.parse("2027-01-20T14:30:00Z"));
        login("secretariat@example.org");
        navigate("webinars/" + id + "/attendance");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Attendee> present = _get(CheckboxGroup.class, spec -> spec.withLabel("Present"));
        Attendee attendee = present.getListDataView().getItems().filter(a -> a.accountId() == fixture.accountId(came))
                .findFirst().orElseThrow();
        _setValue(present, Set.of(attendee));
        _click(_get(Button.class, spec -> spec.withText("Save attendance")));
        assertThat(jdbc.queryForList("select attended from webinar_registration where webinar_id = ?"
                + " order by account_id", Boolean.class, id)).containsExactly(true, false);

        clock.set(Instant.parse("2027-01-21T08:00:00Z"));
        navigate("admin/webinar-statistics");
        assertThat(_get(H1.class).getText()).isEqualTo("Webinar attendance");
        assertThat(_find(Grid.class)).hasSize(2);
    }

    @Test
    void aPersonSeesTheirWebinarsAndRenewsTheirFeedAddress() {
        long id = scheduled("In my list", Audience.PUBLIC, null);
        String person = fixture.member("America/Bogota", "CO");
        Accounts.signIn(users, person);
        registrations.register(id);
        login(person);
        navigate("my/webinars");
        assertThat(_find(Anchor.class, spec -> spec.withText("In my list"))).isNotEmpty();
        TextField feed = _get(TextField.class, spec -> spec.withLabel("Calendar feed address"));
        String before = feed.getValue();
        assertThat(before).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
        _click(_get(Button.class, spec -> spec.withText("Create a new address")));
        assertThat(feed.getValue()).isNotEqualTo(before);
        assertThat(jdbc.queryForObject("select token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')"
                + " from calendar_feed where account_id = ?", Boolean.class,
                feed.getValue().replaceAll(".*/|\\.ics$", ""), fixture.accountId(person)))
                .as("only the hash is kept").isTrue();

        navigate("webinars");
        navigate("my/webinars");
        assertThat(_find(TextField.class, spec -> spec.withLabel("Calendar feed address")))
                .as("shown once, like a personal access token").isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Your calendar feed has an address already. For your safety it is shown only once, when it is"
                        + " created; to subscribe again, create a new address (the old one stops working).")))
                .hasSize(1);
    }
}
