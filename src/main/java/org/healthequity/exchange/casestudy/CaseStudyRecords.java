package org.healthequity.exchange.casestudy;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.ui.DashboardContribution.Item;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/** The module's own reads by SQL, shared by its services (which check access before calling). */
@Component
class CaseStudyRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final MemberContacts contacts;
    private final EntityManager entities;

    CaseStudyRecords(NamedParameterJdbcTemplate jdbc, MemberContacts contacts, EntityManager entities) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.entities = entities;
    }

    /**
     * Seeding hook of the demo library (ADR 0015): dates a demo case study in the past, created on {@code created}, its
     * revision written (and submitted, if it was) on {@code written}, its publication and attachments on
     * {@code published}. The services stamp the clock's time and none may write the past, yet the library's "newest
     * first" needs case studies spread over two years. Pending entity changes are written first, and the persistence
     * context is cleared afterwards so that no entity still holds a time replaced here.
     */
    void backdate(long caseStudyId, Instant created, Instant written, Instant published) {
        entities.flush();
        MapSqlParameterSource params = new MapSqlParameterSource("cs", caseStudyId)
                .addValue("created", Timestamp.from(created)).addValue("written", Timestamp.from(written))
                .addValue("published", Timestamp.from(published));
        jdbc.update("update case_study set created_at = :created where id = :cs", params);
        jdbc.update("update case_study set first_published_at = :published, published_at = :published"
                + " where id = :cs and published_at is not null", params);
        jdbc.update("update case_study_revision set created_at = :written, updated_at = :written"
                + " where case_study_id = :cs", params);
        jdbc.update("update case_study_revision set submitted_at = :written where case_study_id = :cs"
                + " and submitted_at is not null", params);
        jdbc.update("update case_study_revision set decided_at = :published where case_study_id = :cs"
                + " and decided_at is not null", params);
        jdbc.update("update case_study_attachment set uploaded_at = :published where case_study_id = :cs", params);
        entities.clear();
    }

    List<Long> authorIds(long caseStudyId) {
        return jdbc.queryForList("select account_id from case_study_author where case_study_id = :id order by position",
                new MapSqlParameterSource("id", caseStudyId), Long.class);
    }

    boolean isAuthor(long caseStudyId, long accountId) {
        Long count = jdbc.queryForObject("select count(*) from case_study_author where case_study_id = :id"
                + " and account_id = :account", new MapSqlParameterSource("id", caseStudyId)
                        .addValue("account", accountId), Long.class);
        return count != null && count > 0;
    }

    void replaceAuthors(long caseStudyId, List<Long> authorIds) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", caseStudyId);
        jdbc.update("delete from case_study_author where case_study_id = :id", id);
        for (int i = 0; i < authorIds.size(); i++) {
            jdbc.update("insert into case_study_author (case_study_id, account_id, position) values (:id, :account, :p)",
                    new MapSqlParameterSource("id", caseStudyId).addValue("account", authorIds.get(i))
                            .addValue("p", i));
        }
    }

    List<AuthorRef> authors(List<Long> ids) {
        Map<Long, String> names = contacts.names(ids);
        return ids.stream().filter(names::containsKey).map(id -> new AuthorRef(id, names.get(id))).toList();
    }

    List<Attachment> attachments(long revisionId) {
        return jdbc.query("select a.id, a.file_name, a.media_type, a.size_bytes, a.extracted_text is not null as text"
                + " from case_study_attachment a join case_study_revision_attachment ra on ra.attachment_id = a.id"
                + " where ra.revision_id = :revision order by a.uploaded_at, a.id",
                new MapSqlParameterSource("revision", revisionId),
                (rs, i) -> new Attachment(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getBoolean("text")));
    }

    void copyAttachments(long fromRevision, long toRevision) {
        jdbc.update("insert into case_study_revision_attachment (revision_id, attachment_id)"
                + " select :to, attachment_id from case_study_revision_attachment where revision_id = :from",
                new MapSqlParameterSource("from", fromRevision).addValue("to", toRevision));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    static List<Long> longs(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
    }

    static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static String[] array(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /** The bytes of every attachment this person uploaded. */
    Long bytesUploadedBy(long accountId) {
        return jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from case_study_attachment"
                + " where uploaded_by = :me", new MapSqlParameterSource("me", accountId), Long.class);
    }

    /** Stores an attachment's row and adds it to the revision; returns its id. */
    Long insertAttachment(long caseStudyId, long revisionId, String storedName, String fileName, String mediaType,
            long size, @Nullable String text, long by, Instant at) {
        Long attachmentId = jdbc.queryForObject("insert into case_study_attachment (case_study_id, stored_name,"
                + " file_name, media_type, size_bytes, extracted_text, uploaded_by, uploaded_at) values (:cs, :stored,"
                + " :name, :type, :size, :text, :by, :at) returning id", new MapSqlParameterSource("cs", caseStudyId)
                        .addValue("stored", storedName).addValue("name", fileName).addValue("type", mediaType)
                        .addValue("size", size).addValue("text", text).addValue("by", by)
                        .addValue("at", Timestamp.from(at)), Long.class);
        jdbc.update("insert into case_study_revision_attachment (revision_id, attachment_id) values (:r, :a)",
                new MapSqlParameterSource("r", revisionId).addValue("a", attachmentId));
        return attachmentId;
    }

    /** Takes an attachment out of one revision; other revisions keep it. */
    void removeAttachment(long revisionId, long attachmentId) {
        jdbc.update("delete from case_study_revision_attachment where revision_id = :r and attachment_id = :a",
                new MapSqlParameterSource("r", revisionId).addValue("a", attachmentId));
    }

    /** The author's case studies returned with comments, for the dashboard. */
    List<Item> returnedTo(long authorId) {
        return jdbc.query("select c.id, w.title, w.decided_at from case_study c"
                + " join case_study_author a on a.case_study_id = c.id and a.account_id = :me"
                + " join case_study_revision w on w.id = c.working_revision_id where w.status = 'RETURNED'"
                + " order by w.decided_at desc limit 10", new MapSqlParameterSource("me", authorId),
                (rs, i) -> new Item("case-study.task.returned", List.of(rs.getString("title")),
                        "case-studies/" + rs.getLong("id") + "/edit", rs.getTimestamp("decided_at").toInstant()));
    }

    /** The author's latest publications, for the dashboard. */
    List<Item> publishedBy(long authorId) {
        return jdbc.query("select c.id, p.title, c.published_at from case_study c"
                + " join case_study_author a on a.case_study_id = c.id and a.account_id = :me"
                + " join case_study_revision p on p.id = c.published_revision_id where c.status = 'PUBLISHED'"
                + " order by c.published_at desc limit 5", new MapSqlParameterSource("me", authorId),
                (rs, i) -> new Item("case-study.news.published", List.of(rs.getString("title")),
                        "case-studies/" + rs.getLong("id"), rs.getTimestamp("published_at").toInstant()));
    }
}
