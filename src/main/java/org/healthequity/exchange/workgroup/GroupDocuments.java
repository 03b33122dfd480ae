package org.healthequity.exchange.workgroup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupAccess.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A group's documents with versions: members upload (with the case studies' checks: the kind recognised from the
 * content, a size limit, generated file names), every earlier version stays downloadable, and only those who may see
 * the group download anything; a version of a group the caller may not see is answered as if it did not exist.
 */
@Service
@Validated
public class GroupDocuments {

    public static final int TITLE_MAX = 200;
    public static final int FOLDER_MAX = 80;
    private static final int FILE_NAME_MAX = 200;
    /** All versions one person has uploaded, deleted documents included (their files stay for the record). */
    public static final long MAX_BYTES_PER_PERSON = 500L * 1024 * 1024;

    private final GroupAccess access;
    private final NamedParameterJdbcTemplate jdbc;
    private final DocumentStore files;
    private final GroupActivity activity;
    private final MemberContacts contacts;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    GroupDocuments(GroupAccess access, NamedParameterJdbcTemplate jdbc, DocumentStore files, GroupActivity activity,
            MemberContacts contacts, AuditLog audit, Clock clock,
            @Value("${exchange.workgroup.max-document-bytes:20971520}") long maxBytes) {
        this.access = access;
        this.jdbc = jdbc;
        this.files = files;
        this.activity = activity;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The largest file accepted, for the upload component. */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    private record Raw(long id, String title, String folder, long createdBy, long versionId, int number,
            String fileName, long size, long uploadedBy, Instant uploadedAt) {
    }

    /** The documents of a group the viewer may see, by folder and title, each with its versions, in two queries. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DocumentRow> documents(long groupId) {
        Access a = access.readable(groupId);
        List<Raw> raw = jdbc.query("""
                select d.id, d.title, d.folder, d.created_by, v.id as version_id, v.number, v.file_name,
                    v.size_bytes, v.uploaded_by, v.uploaded_at
                from work_group_document d join work_group_document_version v on v.document_id = d.id
                where d.group_id = :group and d.deleted_at is null
                order by d.folder, lower(d.title), d.id, v.number desc""",
                new MapSqlParameterSource("group", groupId),
                (rs, i) -> new Raw(rs.getLong("id"), rs.getString("title"), rs.getString("folder"),
                        rs.getLong("created_by"), rs.getLong("version_id"), rs.getInt("number"),
                        rs.getString("file_name"), rs.getLong("size_bytes"), rs.getLong("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()));
        Set<Long> people = new HashSet<>();
        raw.forEach(r -> people.add(r.uploadedBy()));
        Map<Long, String> names = contacts.names(people);
        Map<Long, List<Raw>> byDocument = new LinkedHashMap<>();
        raw.forEach(r -> byDocument.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        boolean signedIn = a.viewer().user() != null;
        return byDocument.values().stream().map(versions -> {
            Raw first = versions.getFirst();
            boolean mine = signedIn && first.createdBy() == a.viewer().id();
            return new DocumentRow(first.id(), first.title(), first.folder(), versions.stream()
                    .map(v -> new DocumentVersionRow(v.versionId(), v.number(), v.fileName(), v.size(),
                            names.getOrDefault(v.uploadedBy(), ""), v.uploadedAt())).toList(),
                    a.canPost(), (mine && a.canPost()) || a.canLead());
        }).toList();
    }

    /** A member uploads a new document (version 1). Returns its id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long upload(long groupId, @NotBlank @Size(max = TITLE_MAX) String title,
            @Size(max = FOLDER_MAX) String folder, String fileName, byte[] content) {
        Access a = access.writable(groupId);
        FileKind kind = checked(content, a.viewer().id());
        Instant now = clock.instant();
        long id = jdbc.queryForObject("""
                insert into work_group_document (group_id, title, folder, created_by, created_at, updated_at)
                values (:group, :title, :folder, :by, :now, :now) returning id""",
                new MapSqlParameterSource("group", groupId).addValue("title", RichText.clean(title))
                        .addValue("folder", RichText.clean(folder)).addValue("by", a.viewer().id())
                        .addValue("now", Timestamp.from(now)), Long.class);
        addVersion(id, 1, kind, fileName, content, a.viewer().id(), now);
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.DOCUMENT_ADDED, RichText.clean(title), null);
        audit.record("workgroup.document.upload", "work_group_document", id, AuditOutcome.SUCCESS, kind.name());
        return id;
    }

    /** A member uploads a new version of a document; the earlier ones stay. Returns the new version's number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int uploadVersion(long documentId, String fileName, byte[] content) {
        Map<String, Object> document = liveDocument(documentId);
        long groupId = ((Number) document.get("group_id")).longValue();
        Access a = access.writable(groupId);
        FileKind kind = checked(content, a.viewer().id());
        // Locks the document so that two uploads at once get consecutive numbers.
        jdbc.update("update work_group_document set updated_at = :now, version = version + 1 where id = :id",
                new MapSqlParameterSource("id", documentId).addValue("now", Timestamp.from(clock.instant())));
        Integer last = jdbc.queryForObject("select max(number) from work_group_document_version where document_id = :id",
                new MapSqlParameterSource("id", documentId), Integer.class);
        int number = (last == null ? 0 : last) + 1;
        addVersion(documentId, number, kind, fileName, content, a.viewer().id(), clock.instant());
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.DOCUMENT_VERSION,
                (String) document.get("title"), null);
        return number;
    }

    /** A version's file, for those who may see the group; nothing for anyone else. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<DocumentFile> download(long versionId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select d.group_id, v.stored_name, v.file_name, v.media_type from work_group_document_version v
                join work_group_document d on d.id = v.document_id
                where v.id = :id and d.deleted_at is null""", new MapSqlParameterSource("id", versionId));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.getFirst();
        try {
            access.readable(((Number) row.get("group_id")).longValue());
        } catch (Refused e) {
            return Optional.empty();
        }
        return files.read((String) row.get("stored_name")).map(content -> new DocumentFile(
                (String) row.get("file_name"), (String) row.get("media_type"), content));
    }

    /** The member who added a document or a lead removes it with its versions. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long documentId) {
        Map<String, Object> document = liveDocument(documentId);
        Access a = access.readable(((Number) document.get("group_id")).longValue());
        boolean mine = a.canPost() && ((Number) document.get("created_by")).longValue() == a.viewer().id();
        if (!mine && !a.canLead()) {
            throw new Refused("workgroup.problem.authors-or-leads");
        }
        jdbc.update("update work_group_document set deleted_at = :now where id = :id",
                new MapSqlParameterSource("id", documentId).addValue("now", Timestamp.from(clock.instant())));
        audit.record("workgroup.document.delete", "work_group_document", documentId, AuditOutcome.SUCCESS, null);
    }

    private Map<String, Object> liveDocument(long documentId) {
        return jdbc.queryForList("""
                select group_id, title, created_by from work_group_document where id = :id and deleted_at is null""",
                new MapSqlParameterSource("id", documentId)).stream().findFirst()
                .orElseThrow(GroupRefusals::notFound);
    }

    private FileKind checked(byte[] content, long uploader) {
        if (content.length == 0) {
            throw new Refused("file", "workgroup.document.empty");
        }
        if (content.length > maxBytes) {
            throw new Refused("file", "workgroup.document.too-large");
        }
        Long used = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from work_group_document_version"
                + " where uploaded_by = :me", new MapSqlParameterSource("me", uploader), Long.class);
        if (used != null && used + content.length > MAX_BYTES_PER_PERSON) {
            throw new Refused("file", "workgroup.document.quota");
        }
        try {
            return FileKind.detect(content).orElseThrow(() -> new Refused("file", "workgroup.document.type"));
        } catch (FileRefused refused) {
            throw new Refused("file", refused.messageKey());
        }
    }

    private void addVersion(long documentId, int number, FileKind kind, String fileName, byte[] content, long by,
            Instant now) {
        String stored = files.store(content, kind);
        jdbc.update("""
                insert into work_group_document_version (document_id, number, stored_name, file_name, media_type,
                    size_bytes, uploaded_by, uploaded_at)
                values (:document, :number, :stored, :name, :type, :size, :by, :at)""",
                new MapSqlParameterSource("document", documentId).addValue("number", number)
                        .addValue("stored", stored).addValue("name", kind.safeFileName(fileName, "document",
                                FILE_NAME_MAX))
                        .addValue("type", kind.mediaType()).addValue("size", content.length).addValue("by", by)
                        .addValue("at", Timestamp.from(now)));
    }
}
