package org.healthequity.exchange.opencall;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.healthequity.exchange.shared.ui.DashboardContribution.Item;

import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The module's SQL and row mapping (ADR 0015): calls and files in one query each, never one per row; the counts of the
 * admin list; the files of applications; the dashboard's tasks and news. Services call it and hold no SQL.
 */
@Component
class CallRecords {

    private static final JsonColumns.DefinitionConverter DEFINITIONS = new JsonColumns.DefinitionConverter();
    private final OpenCallRepository calls;
    private final NamedParameterJdbcTemplate jdbc;

    CallRecords(OpenCallRepository calls, NamedParameterJdbcTemplate jdbc) {
        this.calls = calls;
        this.jdbc = jdbc;
    }

    /**
     * Seeding hook (ADR 0015): dates a demo review's assignment, and its submission when it has one, on the past days
     * the demo world shows. {@link DemoCalls} assigns and submits through the services, which stamp the clock's now,
     * and calls this after the review's last change; no service lets anyone change these dates.
     */
    void dateDemoReview(long reviewId, Instant assignedAt, @Nullable Instant submittedAt) {
        jdbc.update("update call_review set assigned_at = :assigned, submitted_at = coalesce(:submitted, submitted_at)"
                + " where id = :id", new MapSqlParameterSource("id", reviewId)
                .addValue("assigned", Timestamp.from(assignedAt))
                .addValue("submitted", submittedAt == null ? null : Timestamp.from(submittedAt), Types.TIMESTAMP));
    }

    static CallSummary summary(OpenCall call) {
        return new CallSummary(call.id(), call.network(), call.cycle(), call.title(), call.status(), call.zone(),
                call.opensAt(), call.closesAt());
    }

    OpenCall call(long id) {
        return calls.findById(id).orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
    }

    Map<Long, OpenCall> calls(Collection<Long> ids) {
        Map<Long, OpenCall> byId = new HashMap<>();
        calls.findAllById(ids).forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    List<ApplicationFileInfo> files(long applicationId) {
        return filesOf(List.of(applicationId)).getOrDefault(applicationId, List.of());
    }

    Map<Long, List<ApplicationFileInfo>> filesOf(Collection<Long> applicationIds) {
        Map<Long, List<ApplicationFileInfo>> files = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return files;
        }
        jdbc.query("""
                select id, application_id, question, file_name, media_type, size_bytes, uploaded_at
                from call_application_file where application_id in (:ids) order by id""",
                new MapSqlParameterSource("ids", List.copyOf(applicationIds)), rs -> {
                    files.computeIfAbsent(rs.getLong("application_id"), k -> new ArrayList<>())
                            .add(new ApplicationFileInfo(rs.getLong("id"), rs.getString("question"),
                                    rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                                    rs.getTimestamp("uploaded_at").toInstant()));
                });
        return files;
    }

    /** Applications per call by stage: drafts, submitted (not withdrawn), decided; calls without any are absent. */
    Map<Long, long[]> applicationCountsByCall() {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.query("""
                select call_id,
                       count(*) filter (where status = 'DRAFT') as drafts,
                       count(*) filter (where submitted_at is not null and status <> 'WITHDRAWN') as submitted,
                       count(*) filter (where status in ('ACCEPTED', 'DECLINED', 'WAITLISTED')) as decided
                from call_application group by call_id""", new MapSqlParameterSource(), rs -> {
                    counts.put(rs.getLong("call_id"),
                            new long[] {rs.getLong("drafts"), rs.getLong("submitted"), rs.getLong("decided")});
                });
        return counts;
    }

    long fileCount(long applicationId, String question) {
        Long count = jdbc.queryForObject("select count(*) from call_application_file where application_id = :app"
                + " and question = :q", new MapSqlParameterSource("app", applicationId).addValue("q", question),
                Long.class);
        return count == null ? 0 : count;
    }

    long insertFile(long applicationId, String question, String name, String mediaType, long size, String path,
            Instant at) {
        MapSqlParameterSource p = new MapSqlParameterSource("app", applicationId).addValue("q", question)
                .addValue("name", name).addValue("type", mediaType).addValue("size", size)
                .addValue("path", path).addValue("at", Timestamp.from(at));
        return jdbc.queryForObject("""
                insert into call_application_file (application_id, question, file_name, media_type, size_bytes,
                    storage_path, uploaded_at) values (:app, :q, :name, :type, :size, :path, :at) returning id""", p,
                Long.class);
    }

    /** Deletes a file row of this application; returns the stored names that were deleted (none or one). */
    List<String> deleteFile(long applicationId, long fileId) {
        MapSqlParameterSource p = new MapSqlParameterSource("app", applicationId).addValue("id", fileId);
        return jdbc.queryForList("delete from call_application_file where application_id = :app and id = :id"
                + " returning storage_path", p, String.class);
    }

    /** A file of this application: its name, media type and stored name. */
    record FileRow(String fileName, String mediaType, String storagePath) {
    }

    Optional<FileRow> fileRow(long applicationId, long fileId) {
        MapSqlParameterSource p = new MapSqlParameterSource("app", applicationId).addValue("id", fileId);
        return jdbc.query("select file_name, media_type, storage_path from call_application_file"
                + " where application_id = :app and id = :id", p,
                (rs, i) -> new FileRow(rs.getString(1), rs.getString(2), rs.getString(3))).stream().findFirst();
    }

    /** Reviews assigned to the reviewer and not yet started, oldest first. */
    List<Item> reviewsWaiting(long reviewerId) {
        return jdbc.query("""
                select r.id, a.id as application_id, a.institution_name, c.title, c.definition::text as definition,
                r.assigned_at from call_review r
                join call_application a on a.id = r.application_id join open_call c on c.id = a.call_id
                where r.reviewer_id = :me and r.status = 'ASSIGNED' and r.round = a.answers_version
                order by r.assigned_at limit 10""",
                new MapSqlParameterSource("me", reviewerId),
                (rs, i) -> new Item("opencall.dashboard.review", List.of(BlindReview.institution(
                        DEFINITIONS.convertToEntityAttribute(rs.getString("definition")),
                        rs.getLong("application_id"), rs.getString("institution_name")), rs.getString("title")), "reviews/" + rs.getLong("id"),
                        rs.getTimestamp("assigned_at").toInstant()));
    }

    /** The applicant's drafts of calls still open at {@code now}, the closest deadline first. */
    List<Item> openDrafts(long applicantId, Instant now) {
        return jdbc.query("""
                select c.id, c.title, c.closes_at from call_application a join open_call c on c.id = a.call_id
                where a.applicant_id = :me and a.status = 'DRAFT' and c.status = 'OPEN' and c.closes_at > :now
                order by c.closes_at limit 5""",
                new MapSqlParameterSource("me", applicantId).addValue("now", Timestamp.from(now)),
                (rs, i) -> new Item("opencall.dashboard.draft", List.of(rs.getString("title")),
                        "calls/" + rs.getLong("id") + "/apply", rs.getTimestamp("closes_at").toInstant()));
    }

    /**
     * The applicant's drafts of calls still open at {@code now} that have no topics yet: a hint that topics and
     * suggested reviewers can be given (ADR 0033), which the applicant would otherwise not know.
     */
    List<Item> draftsWithoutTopics(long applicantId, Instant now) {
        return jdbc.query("""
                select a.id, c.title, c.closes_at from call_application a join open_call c on c.id = a.call_id
                left join call_application_matching m on m.application_id = a.id
                where a.applicant_id = :me and a.status = 'DRAFT' and c.status = 'OPEN' and c.closes_at > :now
                and coalesce(cardinality(m.topics), 0) = 0
                order by c.closes_at limit 5""",
                new MapSqlParameterSource("me", applicantId).addValue("now", Timestamp.from(now)),
                (rs, i) -> new Item("opencall.dashboard.topics", List.of(rs.getString("title")),
                        "my/applications/" + rs.getLong("id") + "/reviewers",
                        rs.getTimestamp("closes_at").toInstant()));
    }

    /** Per call, the submissions waiting for screening. */
    List<Item> waitingForScreening() {
        return jdbc.query("""
                select c.id, c.title, count(*) as waiting, max(a.submitted_at) as latest
                from call_application a join open_call c on c.id = a.call_id
                where a.status = 'SUBMITTED' and a.screening is null group by c.id, c.title order by c.id""",
                new MapSqlParameterSource(), (rs, i) -> new Item("opencall.dashboard.screen",
                        List.of(rs.getString("title"), rs.getLong("waiting")),
                        "admin/calls/" + rs.getLong("id") + "/applications", rs.getTimestamp("latest").toInstant()));
    }

    /** Decisions on the applicant's applications, newest first. */
    List<Item> decisions(long applicantId) {
        return jdbc.query("""
                select c.id, c.title, a.status, a.decided_at from call_application a
                join open_call c on c.id = a.call_id
                where a.applicant_id = :me and a.status in ('ACCEPTED', 'DECLINED', 'WAITLISTED', 'REVISIONS_REQUESTED')
                order by a.decided_at desc limit 5""", new MapSqlParameterSource("me", applicantId),
                (rs, i) -> new Item(switch (ApplicationStatus.valueOf(rs.getString("status"))) {
                    case ACCEPTED -> "opencall.dashboard.decided-accepted";
                    case WAITLISTED -> "opencall.dashboard.decided-waitlisted";
                    case REVISIONS_REQUESTED -> "opencall.dashboard.revisions-requested";
                    default -> "opencall.dashboard.decided-declined";
                }, List.of(rs.getString("title")), "my/applications", rs.getTimestamp("decided_at").toInstant()));
    }
}
