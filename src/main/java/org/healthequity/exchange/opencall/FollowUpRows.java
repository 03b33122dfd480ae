package org.healthequity.exchange.opencall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.ui.DashboardContribution.Item;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The SQL of follow-up forms (ADR 0034): a call's follow-up questions and each accepted application's follow-up. */
@Component
class FollowUpRows {

    /** A call's follow-up questions; version 0: never saved. */
    record Form(long version, List<Question> questions) {

        static final Form NONE = new Form(0, List.of());
    }

    /** One application's follow-up. */
    record FollowUp(long applicationId, Instant sentAt, Instant dueAt, Answers answers, Instant updatedAt,
            @Nullable Instant submittedAt, long version) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    FollowUpRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Form form(long callId) {
        return jdbc.query("select questions, version from call_follow_up_form where call_id = :id",
                new MapSqlParameterSource("id", callId), (rs, i) -> new Form(rs.getLong("version"),
                        List.of(JsonColumns.MAPPER.readValue(rs.getString("questions"), Question[].class))))
                .stream().findFirst().orElse(Form.NONE);
    }

    /**
     * Replaces the call's follow-up questions if they are still at {@code loadedVersion}.
     *
     * @throws ChangedMeanwhile when someone saved them since
     */
    long saveForm(long callId, long loadedVersion, List<Question> questions, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", callId).addValue("version", loadedVersion)
                .addValue("questions", JsonColumns.MAPPER.writeValueAsString(questions))
                .addValue("now", Timestamp.from(now));
        int changed = loadedVersion == 0
                ? jdbc.update("insert into call_follow_up_form (call_id, questions, updated_at, version)"
                        + " values (:id, cast(:questions as jsonb), :now, 1) on conflict (call_id) do nothing", params)
                : jdbc.update("update call_follow_up_form set questions = cast(:questions as jsonb), updated_at = :now,"
                        + " version = version + 1 where call_id = :id and version = :version", params);
        if (changed == 0) {
            throw new ChangedMeanwhile();
        }
        return loadedVersion + 1;
    }

    boolean anySent(long callId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from call_follow_up f join call_application a on a.id = f.application_id
                               where a.call_id = :id)""", new MapSqlParameterSource("id", callId), Boolean.class));
    }

    Optional<FollowUp> of(long applicationId) {
        return of(List.of(applicationId)).values().stream().findFirst();
    }

    Map<Long, FollowUp> of(Collection<Long> applicationIds) {
        Map<Long, FollowUp> all = new HashMap<>();
        if (!applicationIds.isEmpty()) {
            jdbc.query("select * from call_follow_up where application_id in (:ids)",
                    new MapSqlParameterSource("ids", applicationIds), rs -> {
                        all.put(rs.getLong("application_id"), followUp(rs));
                    });
        }
        return all;
    }

    /** Sends the follow-up unless it was sent; whether this call sent it. */
    boolean send(long applicationId, long by, Instant now, Instant dueAt) {
        return jdbc.update("""
                insert into call_follow_up (application_id, sent_by, sent_at, due_at, answers, updated_at, version)
                values (:id, :by, :now, :due, cast(:answers as jsonb), :now, 1)
                on conflict (application_id) do nothing""", new MapSqlParameterSource("id", applicationId)
                .addValue("by", by).addValue("now", Timestamp.from(now)).addValue("due", Timestamp.from(dueAt))
                .addValue("answers", JsonColumns.MAPPER.writeValueAsString(Answers.none()))) == 1;
    }

    /**
     * Stores the answers (and, with {@code submit}, submits them) if the follow-up is still at {@code loadedVersion}
     * and not yet submitted.
     *
     * @return the new version
     * @throws ChangedMeanwhile when someone saved it since
     */
    long save(long applicationId, long loadedVersion, Answers answers, Instant now, boolean submit) {
        int changed = jdbc.update("update call_follow_up set answers = cast(:answers as jsonb), updated_at = :now,"
                + (submit ? " submitted_at = :now," : "") + " version = version + 1"
                + " where application_id = :id and version = :version and submitted_at is null",
                new MapSqlParameterSource("id", applicationId).addValue("version", loadedVersion)
                        .addValue("answers", JsonColumns.MAPPER.writeValueAsString(answers))
                        .addValue("now", Timestamp.from(now)));
        if (changed == 0) {
            throw new ChangedMeanwhile();
        }
        return loadedVersion + 1;
    }

    /** The applicant's follow-ups waiting for their answers, the soonest due first. */
    List<Item> waiting(long applicantId, Instant now) {
        return jdbc.query("""
                select a.id, a.institution_name, f.due_at from call_follow_up f
                join call_application a on a.id = f.application_id
                where a.applicant_id = :me and f.submitted_at is null and f.due_at > :now
                order by f.due_at""", new MapSqlParameterSource("me", applicantId).addValue("now", Timestamp.from(now)),
                (rs, i) -> new Item("opencall.dashboard.follow-up", List.of(rs.getString("institution_name")),
                        "my/applications/" + rs.getLong("id") + "/follow-up",
                        rs.getTimestamp("due_at").toInstant()));
    }

    private static FollowUp followUp(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new FollowUp(rs.getLong("application_id"), rs.getTimestamp("sent_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                JsonColumns.MAPPER.readValue(rs.getString("answers"), Answers.class),
                rs.getTimestamp("updated_at").toInstant(), submitted == null ? null : submitted.toInstant(),
                rs.getLong("version"));
    }
}
