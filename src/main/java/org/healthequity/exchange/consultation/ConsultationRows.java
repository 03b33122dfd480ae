package org.healthequity.exchange.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The module's SQL (ADR 0030): sub-questions, invitees, contributions with their themes, summaries and the synthesis
 * are written here (append-mostly rows nobody edits concurrently), and the lists read here; the consultation itself is
 * written through {@link Consultation}.
 */
@Component
class ConsultationRows {

    /** Consultations the viewer may see: the staff every one, others the published ones of their scope. */
    private static final String VISIBLE = """
            from consultation c
            where :staff or (c.status = 'PUBLISHED' and (
                (c.scope = 'NETWORK' and c.network in (:networks))
                or (c.scope = 'GROUP' and c.group_id in (:groups))
                or (c.scope = 'INVITED' and exists (select 1 from consultation_invitee i
                    where i.consultation_id = c.id and i.account_id = :me))))
            """;

    record Row(long id, String title, ConsultationScope scope, @Nullable String network, @Nullable Long groupId,
            Instant opensAt, Instant closesAt, boolean draft, long contributions, boolean synthesis) {

        ConsultationPhase phase(Instant now) {
            if (draft) {
                return ConsultationPhase.DRAFT;
            }
            if (now.isBefore(opensAt)) {
                return ConsultationPhase.UPCOMING;
            }
            return now.isBefore(closesAt) ? ConsultationPhase.OPEN : ConsultationPhase.CLOSED;
        }
    }

    record Contribution(long id, @Nullable Long subQuestionId, @Nullable Long replyTo, long authorId, String body,
            Instant createdAt) {
    }

    record Synthesis(String body, long writtenBy, Instant writtenAt, @Nullable Long caseStudyId,
            @Nullable Instant publishedAt, long version) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ConsultationRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the consultations the viewer may see: open ones first, then upcoming, then closed, drafts last (for
     * the staff), each by its closing time, the latest first.
     */
    List<Row> visible(Viewer viewer, Instant now, int offset, int limit) {
        return jdbc.query("""
                select c.id, c.title, c.scope, c.network, c.group_id, c.opens_at, c.closes_at, c.status,
                    (select count(*) from consultation_contribution k where k.consultation_id = c.id) as contributions,
                    exists (select 1 from consultation_synthesis s where s.consultation_id = c.id) as synthesis
                """ + VISIBLE + """
                order by case when c.status = 'DRAFT' then 3 when :now < c.opens_at then 1
                    when :now < c.closes_at then 0 else 2 end, c.closes_at desc, c.id desc
                offset :offset limit :limit""", viewer.parameters().addValue("now", Timestamp.from(now))
                .addValue("offset", offset).addValue("limit", limit), (rs, n) -> new Row(
                rs.getLong("id"), rs.getString("title"), ConsultationScope.valueOf(rs.getString("scope")),
                rs.getString("network"), (Long) rs.getObject("group_id"), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), "DRAFT".equals(rs.getString("status")),
                rs.getLong("contributions"), rs.getBoolean("synthesis")));
    }

    long countVisible(Viewer viewer) {
        Long count = jdbc.queryForObject("select count(*) " + VISIBLE, viewer.parameters(), Long.class);
        return count == null ? 0 : count;
    }

    /** Who asks for the list: the staff see every consultation, others those of their networks, groups or invitations. */
    record Viewer(boolean staff, Collection<String> networks, Collection<Long> groups, long me) {

        MapSqlParameterSource parameters() {
            return new MapSqlParameterSource("staff", staff)
                    .addValue("networks", networks.isEmpty() ? List.of("-") : networks)
                    .addValue("groups", groups.isEmpty() ? List.of(-1L) : groups).addValue("me", me);
        }
    }

    void replaceSubQuestions(long consultationId, List<String> texts) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", consultationId);
        List<String> current = subQuestions(consultationId).stream().map(SubQuestionView::text).toList();
        if (current.equals(texts)) {
            return;
        }
        jdbc.update("delete from consultation_sub_question where consultation_id = :id", id);
        for (int i = 0; i < texts.size(); i++) {
            jdbc.update("""
                    insert into consultation_sub_question (consultation_id, position, text)
                    values (:id, :position, :text)""", new MapSqlParameterSource("id", consultationId)
                    .addValue("position", i + 1).addValue("text", texts.get(i)));
        }
    }

    List<SubQuestionView> subQuestions(long consultationId) {
        return jdbc.query("""
                select id, position, text from consultation_sub_question where consultation_id = :id
                order by position""", new MapSqlParameterSource("id", consultationId),
                (rs, n) -> new SubQuestionView(rs.getLong("id"), rs.getInt("position"), rs.getString("text")));
    }

    void replaceInvitees(long consultationId, Collection<Long> accountIds) {
        jdbc.update("delete from consultation_invitee where consultation_id = :id",
                new MapSqlParameterSource("id", consultationId));
        for (long account : accountIds) {
            jdbc.update("insert into consultation_invitee (consultation_id, account_id) values (:id, :account)",
                    new MapSqlParameterSource("id", consultationId).addValue("account", account));
        }
    }

    List<Long> invitees(long consultationId) {
        return jdbc.queryForList("select account_id from consultation_invitee where consultation_id = :id"
                + " order by account_id", new MapSqlParameterSource("id", consultationId), Long.class);
    }

    boolean invited(long consultationId, long accountId) {
        Boolean found = jdbc.queryForObject("""
                select exists (select 1 from consultation_invitee where consultation_id = :id and account_id = :me)""",
                new MapSqlParameterSource("id", consultationId).addValue("me", accountId), Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    long addContribution(long consultationId, @Nullable Long subQuestionId, @Nullable Long replyTo, long authorId,
            String body, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into consultation_contribution (consultation_id, sub_question_id, reply_to, author_id, body,
                    created_at) values (:consultation, :sub, :reply, :author, :body, :now)""",
                new MapSqlParameterSource("consultation", consultationId).addValue("sub", subQuestionId)
                        .addValue("reply", replyTo).addValue("author", authorId).addValue("body", body)
                        .addValue("now", Timestamp.from(now)), key, new String[] {"id"});
        return key.getKeyAs(Long.class);
    }

    List<Contribution> contributions(long consultationId) {
        return jdbc.query("""
                select id, sub_question_id, reply_to, author_id, body, created_at from consultation_contribution
                where consultation_id = :id order by created_at, id""",
                new MapSqlParameterSource("id", consultationId), (rs, n) -> new Contribution(rs.getLong("id"),
                        (Long) rs.getObject("sub_question_id"), (Long) rs.getObject("reply_to"),
                        rs.getLong("author_id"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()));
    }

    boolean hasContributions(long consultationId) {
        Boolean found = jdbc.queryForObject(
                "select exists (select 1 from consultation_contribution where consultation_id = :id)",
                new MapSqlParameterSource("id", consultationId), Boolean.class);
        return Boolean.TRUE.equals(found);
    }

    /** The consultation a contribution belongs to, if the contribution exists. */
    Optional<Long> consultationOf(long contributionId) {
        return jdbc.queryForList("select consultation_id from consultation_contribution where id = :id",
                new MapSqlParameterSource("id", contributionId), Long.class).stream().findFirst();
    }

    /** The contributors, in the order they first contributed (the pseudonyms' order). */
    List<Long> contributors(long consultationId) {
        return jdbc.queryForList("""
                select author_id from consultation_contribution where consultation_id = :id
                group by author_id order by min(created_at), min(id)""",
                new MapSqlParameterSource("id", consultationId), Long.class);
    }

    void replaceThemes(long contributionId, Collection<String> themes) {
        jdbc.update("delete from consultation_contribution_theme where contribution_id = :id",
                new MapSqlParameterSource("id", contributionId));
        for (String theme : themes) {
            jdbc.update("insert into consultation_contribution_theme (contribution_id, theme) values (:id, :theme)",
                    new MapSqlParameterSource("id", contributionId).addValue("theme", theme));
        }
    }

    List<String[]> themes(long consultationId) {
        return jdbc.query("""
                select t.contribution_id, t.theme from consultation_contribution_theme t
                join consultation_contribution c on c.id = t.contribution_id
                where c.consultation_id = :id order by t.theme""", new MapSqlParameterSource("id", consultationId),
                (rs, n) -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2)});
    }

    long addSummary(long consultationId, String body, long writtenBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into consultation_summary (consultation_id, body, written_by, pinned_at)
                values (:id, :body, :by, :now)""", new MapSqlParameterSource("id", consultationId)
                .addValue("body", body).addValue("by", writtenBy).addValue("now", Timestamp.from(now)), key,
                new String[] {"id"});
        return key.getKeyAs(Long.class);
    }

    List<String[]> summaries(long consultationId) {
        return jdbc.query("""
                select id, body, pinned_at from consultation_summary where consultation_id = :id
                order by pinned_at desc, id desc""", new MapSqlParameterSource("id", consultationId),
                (rs, n) -> new String[] {String.valueOf(rs.getLong(1)), rs.getString(2),
                    rs.getTimestamp(3).toInstant().toString()});
    }

    Optional<Synthesis> synthesis(long consultationId) {
        return jdbc.query("""
                select body, written_by, written_at, case_study_id, published_at, version from consultation_synthesis
                where consultation_id = :id""", new MapSqlParameterSource("id", consultationId),
                (rs, n) -> new Synthesis(rs.getString("body"), rs.getLong("written_by"),
                        rs.getTimestamp("written_at").toInstant(), (Long) rs.getObject("case_study_id"),
                        rs.getTimestamp("published_at") == null ? null
                                : rs.getTimestamp("published_at").toInstant(), rs.getLong("version")))
                .stream().findFirst();
    }

    /** Writes the synthesis; false when it changed since the version the moderator loaded (-1: none yet). */
    boolean saveSynthesis(long consultationId, String body, long writtenBy, Instant now, long loadedVersion) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", consultationId).addValue("body", body)
                .addValue("by", writtenBy).addValue("now", Timestamp.from(now)).addValue("version", loadedVersion);
        int changed = loadedVersion < 0
                ? jdbc.update("""
                        insert into consultation_synthesis (consultation_id, body, written_by, written_at)
                        values (:id, :body, :by, :now) on conflict do nothing""", parameters)
                : jdbc.update("""
                        update consultation_synthesis set body = :body, written_by = :by, written_at = :now,
                            version = version + 1
                        where consultation_id = :id and version = :version and published_at is null""", parameters);
        return changed == 1;
    }

    void replaceSources(long consultationId, Collection<Long> contributionIds) {
        jdbc.update("delete from consultation_synthesis_source where consultation_id = :id",
                new MapSqlParameterSource("id", consultationId));
        for (long contribution : contributionIds) {
            jdbc.update("""
                    insert into consultation_synthesis_source (consultation_id, contribution_id)
                    values (:id, :contribution)""", new MapSqlParameterSource("id", consultationId)
                    .addValue("contribution", contribution));
        }
    }

    List<Long> sources(long consultationId) {
        return jdbc.queryForList("""
                select contribution_id from consultation_synthesis_source where consultation_id = :id
                order by contribution_id""", new MapSqlParameterSource("id", consultationId), Long.class);
    }

    void published(long consultationId, long caseStudyId, Instant now) {
        jdbc.update("""
                update consultation_synthesis set case_study_id = :case, published_at = :now, version = version + 1
                where consultation_id = :id""", new MapSqlParameterSource("id", consultationId)
                .addValue("case", caseStudyId).addValue("now", Timestamp.from(now)));
    }

    record Attachment(long id, long contributionId, long consultationId, String storedName, String fileName,
            String mediaType) {
    }

    void addAttachment(long contributionId, String storedName, String fileName, String mediaType, long size,
            long uploadedBy, Instant now) {
        jdbc.update("""
                insert into consultation_attachment (contribution_id, stored_name, file_name, media_type, size_bytes,
                    uploaded_by, uploaded_at) values (:contribution, :stored, :name, :type, :size, :by, :now)""",
                new MapSqlParameterSource("contribution", contributionId).addValue("stored", storedName)
                        .addValue("name", fileName).addValue("type", mediaType).addValue("size", size)
                        .addValue("by", uploadedBy).addValue("now", Timestamp.from(now)));
    }

    List<Attachment> attachments(long consultationId) {
        return jdbc.query(ATTACHMENTS + " where k.consultation_id = :id order by a.id",
                new MapSqlParameterSource("id", consultationId), ConsultationRows::attachment);
    }

    Optional<Attachment> attachment(long attachmentId) {
        return jdbc.query(ATTACHMENTS + " where a.id = :id", new MapSqlParameterSource("id", attachmentId),
                ConsultationRows::attachment).stream().findFirst();
    }

    private static final String ATTACHMENTS = """
            select a.id, a.contribution_id, k.consultation_id, a.stored_name, a.file_name, a.media_type
            from consultation_attachment a join consultation_contribution k on k.id = a.contribution_id""";

    private static Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("contribution_id"), rs.getLong("consultation_id"),
                rs.getString("stored_name"), rs.getString("file_name"), rs.getString("media_type"));
    }

    /** Every published consultation's id, for search. */
    List<Long> publishedIds() {
        return jdbc.queryForList("select id from consultation where status = 'PUBLISHED' order by id",
                new MapSqlParameterSource(), Long.class);
    }
}
