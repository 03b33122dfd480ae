package org.healthequity.exchange.webinar.ui;

import java.time.LocalDateTime;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.support.ViewTest;
import org.healthequity.exchange.webinar.Audience;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.healthequity.exchange.webinar.WebinarScheduling;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.healthequity.exchange.workgroup.WorkingGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.healthequity.exchange.webinar.WebinarFixture.GENEVA;

/** The Meetings tab of a group's space and a lead scheduling a meeting for their group through the editor. */
class WebinarGroupMeetingsViewTest extends ViewTest {

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WorkingGroups groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private WorkgroupFixture.Circle circle;

    @BeforeEach
    void setUp() {
        clock.set(WebinarFixture.TESTS_NOW);
        circle = fixture.circle("Meeting room", Network.HIM, GroupVisibility.PUBLIC, "Ines Lead", "Ivo Member",
                "Ida Outsider");
        fixture.awaitLeadRole(circle.lead());
    }

    private void openMeetingsTab() {
        navigate("groups/" + fixture.slug(circle.group()));
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withLabel("Meetings")));
    }

    @Test
    void membersSeeTheGroupsMeetingsAndOthersDoNot() {
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        long upcoming = scheduling.schedule(WebinarFixture.form("Next circle meeting",
                LocalDateTime.parse("2027-01-20T14:00"), GENEVA).forGroup(circle.group()));
        fixture.signOut();

        login(circle.member());
        openMeetingsTab();
        assertThat(_get(Anchor.class, spec -> spec.withText("Next circle meeting")).getHref())
                .isEqualTo("webinars/" + upcoming);
        assertThat(_find(Anchor.class, spec -> spec.withText("Schedule a meeting"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText("No meeting has taken place yet."))).hasSize(1);

        login(circle.outsider());
        openMeetingsTab();
        assertThat(_find(Anchor.class, spec -> spec.withText("Next circle meeting"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withText("No meeting is planned."))).hasSize(1);
    }

    @Test
    void aLeadSchedulesAMeetingForTheGroupThroughTheEditor() {
        login(circle.lead());
        openMeetingsTab();
        Anchor schedule = _get(Anchor.class, spec -> spec.withText("Schedule a meeting"));
        assertThat(schedule.getHref()).isEqualTo("webinars/new?group=" + circle.group());

        navigate("webinars/new?group=" + circle.group());
        @SuppressWarnings("unchecked")
        Select<Audience> audience = _get(Select.class, spec -> spec.withLabel("Audience"));
        assertThat(audience.getValue()).isEqualTo(Audience.GROUP);
        assertThat(audience.isReadOnly()).isTrue();
        assertThat(_get(Select.class, spec -> spec.withLabel("Working group")).getValue()).isNotNull();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Planned by the lead");
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Start (organiser’s time zone)")),
                LocalDateTime.parse("2027-02-03T15:00"));
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("End (organiser’s time zone)")),
                LocalDateTime.parse("2027-02-03T16:00"));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Joining link")), "https://meet.example.org/lead");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var row = jdbc.queryForMap("select audience, group_id from webinar where title = 'Planned by the lead'");
        assertThat(row.get("audience")).isEqualTo("GROUP");
        assertThat(row.get("group_id")).isEqualTo(circle.group());
        assertThat(currentView()).isEqualTo(WebinarView.class);
    }
}
