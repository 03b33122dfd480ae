package org.healthequity.exchange.workgroup;

import java.time.Clock;
import java.time.Duration;
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
import org.healthequity.exchange.shared.files.PdfText;
import org.healthequity.exchange.shared.files.WordText;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.workgroup.GroupAccess.Access;
import org.jspecify.annotations.Nullable;
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
 * the group download anything; a version of a group the caller may not see is answered as if it did not exist. A PDF's
 * or Word document's text is taken at upload, and the latest version's is searched with its document.
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
    private final GroupDocumentRows rows;
    private final DocumentStore files;
    private final GroupActivity activity;
    private final MemberContacts contacts;
    private final AuditLog audit;
    private final PdfText pdfText;
    private final GroupSearchChanges search;
    private final Clock clock;
    private final long maxBytes;
    private final Duration extractionTimeout;

    GroupDocuments(GroupAccess access, GroupDocumentRows rows, DocumentStore files, GroupActivity activity,
            MemberContacts contacts, AuditLog audit, PdfText pdfText, GroupSearchChanges search, Clock clock,
            WorkgroupSettings settings) {
        this.access = access;
        this.rows = rows;
        this.files = files;
        this.activity = activity;
        this.contacts = contacts;
        this.audit = audit;
        this.pdfText = pdfText;
        this.search = search;
        this.clock = clock;
        this.maxBytes = settings.maxDocumentBytes();
        this.extractionTimeout = settings.extractionTimeout();
    }

    /** The largest file accepted, for the upload component. */
    @PermitAll
    public long maxBytes() {
        return maxBytes;
    }

    /** The documents of a group the viewer may see, by folder and title, each with its versions, in two queries. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DocumentRow> documents(long groupId) {
        Access a = access.readable(groupId);
        List<GroupDocumentRows.VersionRow> raw = rows.documents(groupId);
        Set<Long> people = new HashSet<>();
        raw.forEach(r -> people.add(r.uploadedBy()));
        Map<Long, String> names = contacts.names(people);
        Map<Long, List<GroupDocumentRows.VersionRow>> byDocument = new LinkedHashMap<>();
        raw.forEach(r -> byDocument.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        boolean signedIn = a.viewer().user() != null;
        return byDocument.values().stream().map(versions -> {
            GroupDocumentRows.VersionRow first = versions.getFirst();
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
        String text = text(kind, content);
        Instant now = clock.instant();
        long id = rows.insertDocument(groupId, RichText.clean(title), RichText.clean(folder), a.viewer().id(), now);
        addVersion(id, 1, kind, fileName, content, text, a.viewer().id(), now);
        search.document(id);
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.DOCUMENT_ADDED, RichText.clean(title), null);
        audit.record("workgroup.document.upload", "work_group_document", id, AuditOutcome.SUCCESS, kind.name());
        return id;
    }

    /** A member uploads a new version of a document; the earlier ones stay. Returns the new version's number. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int uploadVersion(long documentId, String fileName, byte[] content) {
        GroupDocumentRows.LiveDocument document = liveDocument(documentId);
        long groupId = document.groupId();
        Access a = access.writable(groupId);
        FileKind kind = checked(content, a.viewer().id());
        String text = text(kind, content);
        // Locks the document so that two uploads at once get consecutive numbers.
        rows.touch(documentId, clock.instant());
        int number = rows.lastVersion(documentId) + 1;
        addVersion(documentId, number, kind, fileName, content, text, a.viewer().id(), clock.instant());
        search.document(documentId);
        activity.record(groupId, a.viewer().id(), GroupActivity.Kind.DOCUMENT_VERSION,
                document.title(), null);
        return number;
    }

    /** A version's file, for those who may see the group; nothing for anyone else. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<DocumentFile> download(long versionId) {
        Optional<GroupDocumentRows.StoredVersion> found = rows.version(versionId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        GroupDocumentRows.StoredVersion row = found.get();
        try {
            access.readable(row.groupId());
        } catch (Refused e) {
            return Optional.empty();
        }
        return files.read(row.storedName()).map(content -> new DocumentFile(row.fileName(), row.mediaType(),
                content));
    }

    /** The member who added a document or a lead removes it with its versions. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long documentId) {
        GroupDocumentRows.LiveDocument document = liveDocument(documentId);
        Access a = access.readable(document.groupId());
        boolean mine = a.canPost() && document.createdBy() == a.viewer().id();
        if (!mine && !a.canLead()) {
            throw new Refused("workgroup.problem.authors-or-leads");
        }
        rows.markDeleted(documentId, clock.instant());
        search.document(documentId);
        audit.record("workgroup.document.delete", "work_group_document", documentId, AuditOutcome.SUCCESS, null);
    }

    private GroupDocumentRows.LiveDocument liveDocument(long documentId) {
        return rows.liveDocument(documentId).orElseThrow(GroupRefusals::notFound);
    }

    private FileKind checked(byte[] content, long uploader) {
        if (content.length == 0) {
            throw new Refused("file", "workgroup.document.empty");
        }
        if (content.length > maxBytes) {
            throw new Refused("file", "workgroup.document.too-large");
        }
        if (rows.bytesUploadedBy(uploader) + content.length > MAX_BYTES_PER_PERSON) {
            throw new Refused("file", "workgroup.document.quota");
        }
        try {
            return FileKind.detect(content).orElseThrow(() -> new Refused("file", "workgroup.document.type"));
        } catch (FileRefused refused) {
            throw new Refused("file", refused.messageKey());
        }
    }

    /**
     * The text of a PDF or Word document for search. A PDF beyond the unpacking limits (or with the extractors busy) is
     * refused as for case studies; an unreadable or slow one is still shared, without text to search.
     */
    private @Nullable String text(FileKind kind, byte[] content) {
        if (kind == FileKind.DOCX) {
            return WordText.extract(content).orElse(null);
        }
        if (kind != FileKind.PDF) {
            return null;
        }
        PdfText.Outcome outcome = pdfText.extract(content, extractionTimeout);
        if (outcome instanceof PdfText.Outcome.Refused refused) {
            throw new Refused("file", refused.reason().messageKey());
        }
        return outcome instanceof PdfText.Outcome.Text extracted ? extracted.text().replace("\u0000", "") : null;
    }

    private void addVersion(long documentId, int number, FileKind kind, String fileName, byte[] content,
            @Nullable String text, long by, Instant now) {
        String stored = files.store(content, kind);
        rows.insertVersion(documentId, number, stored, kind.safeFileName(fileName, "document", FILE_NAME_MAX),
                kind.mediaType(), content.length, text, by, now);
    }
}
