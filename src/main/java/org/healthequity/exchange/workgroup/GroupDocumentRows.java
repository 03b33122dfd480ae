package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL and row mapping of a group's documents and their versions (ADR 0015); {@link GroupDocuments} keeps the
 * rules (who may see, add, replace or delete; sizes and quotas).
 */
@Component
class GroupDocumentRows {

    /** A document with one of its versions, as the list shows them. */
    record VersionRow(long id, String title, String folder, long createdBy, long versionId, int number,
            String fileName, long size, long uploadedBy, Instant uploadedAt) {
    }

    /** A document that is not deleted. */
    record LiveDocument(long groupId, String title, long createdBy) {
    }

    /** A version's file as stored, with its document's group. */
    record StoredVersion(long groupId, String storedName, String fileName, String mediaType) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    GroupDocumentRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The group's live documents by folder and title, each with its versions, newest version first. */
    List<VersionRow> documents(long groupId) {
        return jdbc.query("""
                select d.id, d.title, d.folder, d.created_by, v.id as version_id, v.number, v.file_name,
                    v.size_bytes, v.uploaded_by, v.uploaded_at
                from work_group_document d join work_group_document_version v on v.document_id = d.id
                where d.group_id = :group and d.deleted_at is null
                order by d.folder, lower(d.title), d.id, v.number desc""",
                new MapSqlParameterSource("group", groupId),
                (rs, i) -> new VersionRow(rs.getLong("id"), rs.getString("title"), rs.getString("folder"),
                        rs.getLong("created_by"), rs.getLong("version_id"), rs.getInt("number"),
                        rs.getString("file_name"), rs.getLong("size_bytes"), rs.getLong("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()));
    }

    long insertDocument(long groupId, String title, String folder, long by, Instant now) {
        return jdbc.queryForObject("""
                insert into work_group_document (group_id, title, folder, created_by, created_at, updated_at)
                values (:group, :title, :folder, :by, :now, :now) returning id""",
                new MapSqlParameterSource("group", groupId).addValue("title", title).addValue("folder", folder)
                        .addValue("by", by).addValue("now", Timestamp.from(now)), Long.class);
    }

    /** Marks the document changed and locks it, so that two uploads at once get consecutive numbers. */
    void touch(long documentId, Instant now) {
        jdbc.update("update work_group_document set updated_at = :now, version = version + 1 where id = :id",
                new MapSqlParameterSource("id", documentId).addValue("now", Timestamp.from(now)));
    }

    /** The highest version number of the document, 0 without versions. */
    int lastVersion(long documentId) {
        Integer last = jdbc.queryForObject("select max(number) from work_group_document_version"
                + " where document_id = :id", new MapSqlParameterSource("id", documentId), Integer.class);
        return last == null ? 0 : last;
    }

    Optional<StoredVersion> version(long versionId) {
        return jdbc.query("""
                select d.group_id, v.stored_name, v.file_name, v.media_type from work_group_document_version v
                join work_group_document d on d.id = v.document_id
                where v.id = :id and d.deleted_at is null""", new MapSqlParameterSource("id", versionId),
                (rs, i) -> new StoredVersion(rs.getLong("group_id"), rs.getString("stored_name"),
                        rs.getString("file_name"), rs.getString("media_type"))).stream().findFirst();
    }

    void markDeleted(long documentId, Instant now) {
        jdbc.update("update work_group_document set deleted_at = :now where id = :id",
                new MapSqlParameterSource("id", documentId).addValue("now", Timestamp.from(now)));
    }

    Optional<LiveDocument> liveDocument(long documentId) {
        return jdbc.query("""
                select group_id, title, created_by from work_group_document where id = :id and deleted_at is null""",
                new MapSqlParameterSource("id", documentId),
                (rs, i) -> new LiveDocument(rs.getLong("group_id"), rs.getString("title"), rs.getLong("created_by")))
                .stream().findFirst();
    }

    /** The bytes of every version this person uploaded, deleted documents included. */
    long bytesUploadedBy(long accountId) {
        Long used = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from work_group_document_version"
                + " where uploaded_by = :me", new MapSqlParameterSource("me", accountId), Long.class);
        return used == null ? 0 : used;
    }

    void insertVersion(long documentId, int number, String storedName, String fileName, String mediaType, long size,
            @Nullable String text, long by, Instant at) {
        jdbc.update("""
                insert into work_group_document_version (document_id, number, stored_name, file_name, media_type,
                    size_bytes, extracted_text, uploaded_by, uploaded_at)
                values (:document, :number, :stored, :name, :type, :size, :text, :by, :at)""",
                new MapSqlParameterSource("document", documentId).addValue("number", number)
                        .addValue("stored", storedName).addValue("name", fileName).addValue("type", mediaType)
                        .addValue("size", size).addValue("text", text).addValue("by", by)
                        .addValue("at", Timestamp.from(at)));
    }
}
