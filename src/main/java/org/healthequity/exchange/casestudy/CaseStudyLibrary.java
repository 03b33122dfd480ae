package org.healthequity.exchange.casestudy;

import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Reading the library. Everyone sees published case studies only, in their live version; the authors of a case study
 * and the secretariat also see it before and after publication. Each read runs a fixed number of SQL statements,
 * whatever the page size.
 */
@Service
public class CaseStudyLibrary {

    /** The content type of case studies in the moderation queue and the search index. */
    public static final String CONTENT_TYPE = "CASE_STUDY";

    static final int EXCERPT = 280;
    private static final int RELATED = 5;

    private final LibraryRows rows;
    private final CaseStudyRecords records;
    private final AttachmentStore files;

    private final ClearanceRows clearances;

    CaseStudyLibrary(LibraryRows rows, CaseStudyRecords records, AttachmentStore files, ClearanceRows clearances) {
        this.clearances = clearances;
        this.rows = rows;
        this.records = records;
        this.files = files;
    }

    /** One page of published case studies, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LibraryCard> page(LibraryFilter filter, int offset, int limit) {
        return rows.page(filter, offset, limit);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long count(LibraryFilter filter) {
        return rows.count(filter);
    }

    /** The most recently published case studies, for the home page. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<LibraryCard> latest(int howMany) {
        return page(LibraryFilter.none(), 0, howMany);
    }

    /**
     * A case study's page for the current viewer: the live version for everyone; for its authors and the secretariat
     * also a case study that is not public (its working or last live version), and for a focal point one waiting for
     * their country's clearance. Empty when the viewer may not see it.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CaseStudyPage> caseStudy(long id) {
        Optional<LibraryRows.Head> found = rows.head(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LibraryRows.Head head = found.get();
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        boolean author = viewer != null && head.authors().contains(viewer.accountId());
        boolean secretariat = viewer != null && viewer.isStaff();
        boolean live = head.status() == CaseStudyStatus.PUBLISHED;
        Long shownId;
        if (live) {
            shownId = head.publishedRevisionId();
        } else if (author || secretariat || viewer != null && clearances.clearing(id, viewer.accountId())) {
            // A focal point reads the version waiting for their country's clearance (ADR 0032).
            shownId = head.workingRevisionId() != null ? head.workingRevisionId() : head.publishedRevisionId();
        } else {
            return Optional.empty();
        }
        if (shownId == null) {
            return Optional.empty();
        }
        LibraryRows.Shown shown = rows.shown(shownId);
        long root = head.translationOf() != null ? head.translationOf() : id;
        List<CaseStudyLink> family = rows.family(id, root);
        CaseStudyLink original = family.stream().filter(l -> l.id() == root).findFirst().orElse(null);
        List<CaseStudyLink> translations = family.stream().filter(l -> l.id() != root).toList();
        List<CaseStudyLink> related = related(id, root, shown.themes());
        return Optional.of(new CaseStudyPage(id, shown.id(), shown.number(), head.status(), shown.status(),
                live && shown.id() == head.publishedRevisionId(), live && head.workingRevisionId() != null,
                shown.form(), shown.regions(), records.attachments(shown.id()), records.authors(head.authors()),
                original, translations, related, head.firstPublishedAt(), head.publishedAt(), author, secretariat,
                head.doi()));
    }

    /**
     * An attachment for download: of the live version for everyone; of any version for authors and the secretariat,
     * and for the focal points of a country whose clearance of the case study is pending (ADR 0032).
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<AttachmentFile> attachment(long caseStudyId, long attachmentId) {
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        Optional<LibraryRows.AttachmentAccess> found = rows.attachmentAccess(caseStudyId, attachmentId,
                viewer == null ? -1L : viewer.accountId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LibraryRows.AttachmentAccess row = found.get();
        boolean secretariat = viewer != null && viewer.isStaff();
        if (!row.live() && !row.author() && !secretariat
                && (viewer == null || !clearances.clearing(caseStudyId, viewer.accountId()))) {
            return Optional.empty();
        }
        return files.read(row.storedName()).map(bytes -> new AttachmentFile(row.fileName(), row.mediaType(), bytes));
    }

    private List<CaseStudyLink> related(long id, long root, List<String> themes) {
        if (themes.isEmpty()) {
            return List.of();
        }
        return rows.related(id, root, themes, RELATED);
    }
}
