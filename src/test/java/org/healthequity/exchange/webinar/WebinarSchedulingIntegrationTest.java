package org.healthequity.exchange.webinar;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import java.util.function.BiFunction;

import org.assertj.core.groups.Tuple;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.healthequity.exchange.webinar.WebinarFixture.GENEVA;

class WebinarSchedulingIntegrationTest extends IntegrationTest {

    @Autowired
    private WebinarFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        fixture.atTestsNow();
        fixture.signIn(WebinarFixture.SECRETARIAT);
    }

    @Test
    void theMigrationsColumnsHoldWhatTheFormsLimitsAllow() {
        BiFunction<String, String, Integer> size = (table, column) -> jdbc.queryForObject(
                "select character_maximum_length from information_schema.columns where table_schema = current_schema()"
                        + " and table_name = ? and column_name = ?", Integer.class, table, column);
        assertThat(size.apply("webinar", "title")).isEqualTo(WebinarForm.TITLE_MAX);
        assertThat(size.apply("webinar", "join_url")).isEqualTo(WebinarForm.URL_MAX);
        assertThat(size.apply("webinar", "recording_url")).isEqualTo(WebinarForm.URL_MAX);
        assertThat(size.apply("webinar_agenda_item", "title")).isEqualTo(WebinarForm.AGENDA_TITLE_MAX);
        assertThat(size.apply("webinar_speaker", "name")).isEqualTo(WebinarForm.SPEAKER_NAME_MAX);
    }

    @Test
    void refusesAnEndBeforeTheStartAndAStartInThePast() {
        WebinarForm form = WebinarFixture.withTimes(WebinarFixture.form("Backwards", LocalDateTime.parse(
                "2027-01-05T14:00"), GENEVA), LocalDateTime.parse("2027-01-05T14:00"),
                LocalDateTime.parse("2027-01-05T13:00"));
        Refused problem = catchThrowableOfType(Refused.class, () -> fixture.scheduling().schedule(form));
        assertThat(problem.problems()).extracting(Refused.FieldProblem::field,
                Refused.FieldProblem::messageKey).contains(
                        Tuple.tuple("end", "webinar.error.end-before-start"),
                        Tuple.tuple("start", "webinar.error.start-in-past"));
    }

    @Test
    void refusesLocalTimesThatDaylightSavingSkipsOrRepeats() {
        Refused gap = catchThrowableOfType(Refused.class, () -> fixture.scheduling().schedule(
                WebinarFixture.form("Gap", LocalDateTime.parse("2027-03-28T02:30"), GENEVA)));
        assertThat(gap.problems()).extracting(Refused.FieldProblem::field,
                Refused.FieldProblem::messageKey)
                .containsExactly(Tuple.tuple("start", "webinar.error.time-gap"));
        assertThat(gap.problems().getFirst().arguments())
                .containsExactly(LocalDateTime.parse("2027-03-28T02:30"), "Europe/Zurich");

        Refused overlap = catchThrowableOfType(Refused.class, () -> fixture.scheduling().schedule(
                WebinarFixture.form("Overlap", LocalDateTime.parse("2027-11-07T01:30"),
                        ZoneId.of("America/New_York"))));
        assertThat(overlap.problems()).extracting(Refused.FieldProblem::messageKey)
                .contains("webinar.error.time-ambiguous");
    }

    @Test
    void storesTheOrganisersLocalTimeAsTheSameInstantWhateverTheServerZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String serverZone : List.of("Pacific/Auckland", "America/Los_Angeles", "UTC")) {
                TimeZone.setDefault(TimeZone.getTimeZone(serverZone));
                long id = fixture.scheduling().schedule(WebinarFixture.form("Server in " + serverZone,
                        LocalDateTime.parse("2027-07-01T09:00"), ZoneId.of("America/New_York")));
                WebinarPage page = fixture.calendar().webinar(id).orElseThrow();
                assertThat(page.start()).as(serverZone).isEqualTo(Instant.parse("2027-07-01T13:00:00Z"));
                assertThat(page.zone()).isEqualTo(ZoneId.of("America/New_York"));
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aMonthlySeriesKeepsItsLocalTimeAcrossTheDaylightSavingChange() {
        long first = fixture.scheduling().schedule(WebinarFixture.repeating(WebinarFixture.form(
                "Monthly network meeting", LocalDateTime.parse("2027-02-10T14:00"), GENEVA), Frequency.MONTHLY, 3));
        Long series = fixture.calendar().webinar(first).orElseThrow().seriesId();
        List<Instant> starts = jdbc.queryForList("select starts_at from webinar where series_id = ? order by starts_at",
                Timestamp.class, series).stream().map(Timestamp::toInstant).toList();
        assertThat(starts).containsExactly(Instant.parse("2027-02-10T13:00:00Z"),
                Instant.parse("2027-03-10T13:00:00Z"), Instant.parse("2027-04-10T12:00:00Z"));
    }

    @Test
    void editingOneOccurrenceLeavesTheOthersAndEditingTheSeriesChangesTheLaterOnes() {
        long first = fixture.scheduling().schedule(WebinarFixture.repeating(WebinarFixture.form("Series to edit",
                LocalDateTime.parse("2027-02-03T10:00"), GENEVA), Frequency.WEEKLY, 4));
        Long series = fixture.calendar().webinar(first).orElseThrow().seriesId();
        List<Long> ids = jdbc.queryForList("select id from webinar where series_id = ? order by starts_at",
                Long.class, series);

        EditableWebinar second = fixture.scheduling().editable(ids.get(1)).orElseThrow();
        fixture.scheduling().update(second.id(), second.version(), retitled(second.form(), "Only the second"),
                EditScope.OCCURRENCE);
        assertThat(titles(series)).containsExactly("Series to edit", "Only the second", "Series to edit",
                "Series to edit");

        EditableWebinar third = fixture.scheduling().editable(ids.get(2)).orElseThrow();
        WebinarForm later = WebinarFixture.withTimes(retitled(third.form(), "From the third on"),
                LocalDateTime.parse("2027-02-17T15:00"), LocalDateTime.parse("2027-02-17T16:30"));
        fixture.scheduling().update(third.id(), third.version(), later, EditScope.SERIES);
        assertThat(titles(series)).containsExactly("Series to edit", "Only the second", "From the third on",
                "From the third on");
        WebinarPage fourth = fixture.calendar().webinar(ids.get(3)).orElseThrow();
        assertThat(fourth.start()).isEqualTo(Instant.parse("2027-02-24T14:00:00Z"));
        assertThat(fourth.end()).isEqualTo(Instant.parse("2027-02-24T15:30:00Z"));
    }

    @Test
    void refusesACapacityBelowThePlacesAlreadyTaken() {
        long id = fixture.scheduling().schedule(WebinarFixture.form("Capacity", LocalDateTime.parse("2027-02-01T12:00"),
                GENEVA));
        for (int i = 0; i < 3; i++) {
            fixture.signIn(fixture.member("Europe/Paris", "FR"));
            fixture.registrations().register(id);
        }
        fixture.signIn(WebinarFixture.SECRETARIAT);
        EditableWebinar editable = fixture.scheduling().editable(id).orElseThrow();
        Refused problem = catchThrowableOfType(Refused.class, () -> fixture.scheduling().update(id,
                editable.version(), WebinarFixture.withCapacity(editable.form(), 2), EditScope.OCCURRENCE));
        assertThat(problem.problems()).extracting(Refused.FieldProblem::field,
                Refused.FieldProblem::messageKey).containsExactly(
                        Tuple.tuple("capacity", "webinar.error.capacity-below-registrations"));
        fixture.scheduling().update(id, editable.version(), WebinarFixture.withCapacity(editable.form(), 3),
                EditScope.OCCURRENCE);
        assertThat(fixture.calendar().webinar(id).orElseThrow().capacity()).isEqualTo(3);
    }

    @Test
    void warnsOfAnotherEventForTheSameAudienceAtTheSameTime() {
        long id = fixture.scheduling().schedule(WebinarFixture.withAudience(WebinarFixture.form("HIM meeting",
                LocalDateTime.parse("2027-05-05T10:00"), GENEVA), Audience.HIM));
        List<Overlap> overlaps = fixture.scheduling().overlaps(LocalDateTime.parse("2027-05-05T10:30"),
                LocalDateTime.parse("2027-05-05T11:30"), GENEVA, Audience.HIM, null);
        assertThat(overlaps).extracting(Overlap::id).contains(id);
        assertThat(fixture.scheduling().overlaps(LocalDateTime.parse("2027-05-05T10:30"),
                LocalDateTime.parse("2027-05-05T11:30"), GENEVA, Audience.GKNHE, null))
                .extracting(Overlap::id).doesNotContain(id);
        assertThat(fixture.scheduling().overlaps(LocalDateTime.parse("2027-05-05T10:00"),
                LocalDateTime.parse("2027-05-05T11:00"), GENEVA, Audience.HIM, id)).extracting(Overlap::id)
                .doesNotContain(id);
    }

    @Test
    void theFairnessPanelCountsTheAudiencesMembersAtNight() {
        fixture.member("Pacific/Fiji", "FJ", "HIM");
        FairnessReport report = fixture.scheduling().fairness(LocalDateTime.parse("2027-05-05T14:00"),
                LocalDateTime.parse("2027-05-05T15:00"), GENEVA, Audience.HIM).orElseThrow();
        assertThat(report.rows()).anySatisfy(row -> {
            assertThat(row.zone()).isEqualTo(ZoneId.of("Pacific/Fiji"));
            assertThat(row.members()).isPositive();
            assertThat(row.night()).isTrue();
        });
        assertThat(report.membersAtNight()).isPositive();
        assertThat(report.suggestions()).allSatisfy(s -> assertThat(s.membersAtNight())
                .isLessThanOrEqualTo(report.membersAtNight()));
        assertThat(fixture.scheduling().fairness(LocalDateTime.parse("2027-03-28T02:30"),
                LocalDateTime.parse("2027-03-28T03:30"), GENEVA, Audience.HIM)).isEmpty();
    }

    @Test
    void aTimeChangeSendsRegistrantsAnUpdateWithAHigherSequenceAndACancellationSendsACancel() {
        long id = fixture.scheduling().schedule(WebinarFixture.form("Moving", LocalDateTime.parse("2027-02-02T09:00"),
                GENEVA));
        String person = fixture.member("Asia/Kolkata", "IN");
        fixture.signIn(person);
        fixture.registrations().register(id);

        fixture.signIn(WebinarFixture.SECRETARIAT);
        EditableWebinar editable = fixture.scheduling().editable(id).orElseThrow();
        fixture.scheduling().update(id, editable.version(), WebinarFixture.withTimes(editable.form(),
                LocalDateTime.parse("2027-02-02T11:00"), LocalDateTime.parse("2027-02-02T12:00")),
                EditScope.OCCURRENCE);
        String update = latestAttachment(person);
        assertThat(update).contains("METHOD:REQUEST", "SEQUENCE:1", "DTSTART;TZID=Europe/Zurich:20270202T110000");
        assertThat(latestTemplate(person)).isEqualTo("webinar.updated");

        EditableWebinar again = fixture.scheduling().editable(id).orElseThrow();
        fixture.scheduling().update(id, again.version(), withMaterials(again.form(), "Slides later"),
                EditScope.OCCURRENCE);
        assertThat(latestTemplate(person)).as("no calendar change, no mail").isEqualTo("webinar.updated");
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where recipient = ?", Long.class, person))
                .isEqualTo(2);

        fixture.scheduling().cancel(id, EditScope.OCCURRENCE);
        assertThat(latestTemplate(person)).isEqualTo("webinar.cancelled");
        assertThat(latestAttachment(person)).contains("METHOD:CANCEL", "SEQUENCE:2", "STATUS:CANCELLED");
        assertThat(jdbc.queryForObject("select attachment_type from outgoing_mail where recipient = ?"
                + " order by id desc limit 1", String.class, person)).contains("method=CANCEL");
    }

    @Test
    void onlyTheSecretariatSchedules() {
        fixture.signIn("member@example.org");
        assertThatThrownBy(() -> fixture.scheduling().schedule(WebinarFixture.form("Not mine",
                LocalDateTime.parse("2027-02-02T09:00"), GENEVA))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.scheduling().attendees(1)).isInstanceOf(AccessDeniedException.class);
    }

    private String latestAttachment(String recipient) {
        byte[] bytes = jdbc.queryForObject("select attachment from outgoing_mail where recipient = ?"
                + " order by id desc limit 1", byte[].class, recipient);
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    private String latestTemplate(String recipient) {
        return jdbc.queryForObject("select template from outgoing_mail where recipient = ? order by id desc limit 1",
                String.class, recipient);
    }

    private List<String> titles(Long series) {
        return jdbc.queryForList("select title from webinar where series_id = ? order by starts_at", String.class,
                series);
    }

    private static WebinarForm retitled(WebinarForm form, String title) {
        return new WebinarForm(title, form.description(), form.agenda(), form.speakers(), form.start(), form.end(),
                form.zone(), form.joinUrl(), form.languages(), form.interpretation(), form.audience(),
                form.capacity(), form.registrationDeadline(), form.materials(), null, 0);
    }

    private static WebinarForm withMaterials(WebinarForm form, String materials) {
        return new WebinarForm(form.title(), form.description(), form.agenda(), form.speakers(), form.start(),
                form.end(), form.zone(), form.joinUrl(), form.languages(), form.interpretation(), form.audience(),
                form.capacity(), form.registrationDeadline(), materials, null, 0);
    }
}
