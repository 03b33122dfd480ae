package org.healthequity.exchange.casestudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Every version of a case study, and what changed between two of them, word by word. For its authors and the
 * secretariat only.
 */
@Service
public class CaseStudyVersions {

    private static final Pattern TOKENS = Pattern.compile("\\s+|[^\\s]+");

    private final LibraryRows rows;
    private final CaseStudyRecords records;

    CaseStudyVersions(LibraryRows rows, CaseStudyRecords records) {
        this.rows = rows;
        this.records = records;
    }

    /** The versions of a case study, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RevisionInfo> history(long caseStudyId) {
        requireAuthorOrSecretariat(caseStudyId);
        return rows.history(caseStudyId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<RevisionContent> revision(long caseStudyId, long revisionId) {
        requireAuthorOrSecretariat(caseStudyId);
        return rows.revision(caseStudyId, revisionId).map(r -> new RevisionContent(r.caseStudyId(), r.info(), r.form(), r.regions(),
                        records.attachments(revisionId)));
    }

    /** What changed from one version to another, field by field; fields that did not change are left out. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<FieldDiff> compare(long caseStudyId, long fromRevision, long toRevision) {
        CaseStudyForm from = revision(caseStudyId, fromRevision).orElseThrow().form();
        CaseStudyForm to = revision(caseStudyId, toRevision).orElseThrow().form();
        List<FieldDiff> diffs = new ArrayList<>();
        text(diffs, "title", from.title(), to.title());
        for (CaseStudyTemplate.Section section : CaseStudyTemplate.SECTIONS) {
            text(diffs, section.key(), from.section(section.key()), to.section(section.key()));
        }
        list(diffs, "countries", from.countries(), to.countries());
        text(diffs, "period", period(from), period(to));
        list(diffs, "themes", from.themes(), to.themes());
        list(diffs, "dimensions", from.dimensions(), to.dimensions());
        list(diffs, "sdgTargets", from.sdgTargets(), to.sdgTargets());
        text(diffs, "network", from.network().name(), to.network().name());
        text(diffs, "language", from.language().code(), to.language().code());
        text(diffs, "contacts", from.contacts(), to.contacts());
        text(diffs, "links", from.links(), to.links());
        return diffs;
    }

    /** A word-level difference of two texts, as spans kept, removed and added. */
    static List<FieldDiff.Span> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<FieldDiff.Span> spans = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(spans, FieldDiff.Change.SAME, a.subList(position, start));
            add(spans, FieldDiff.Change.REMOVED, delta.getSource().getLines());
            add(spans, FieldDiff.Change.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(spans, FieldDiff.Change.SAME, a.subList(position, a.size()));
        return spans;
    }

    private static void text(List<FieldDiff> diffs, String field, String before, String after) {
        if (!before.equals(after)) {
            diffs.add(new FieldDiff(field, words(before, after)));
        }
    }

    private static void list(List<FieldDiff> diffs, String field, List<String> before, List<String> after) {
        if (before.equals(after)) {
            return;
        }
        List<FieldDiff.Span> spans = new ArrayList<>();
        before.stream().filter(after::contains).forEach(v -> spans.add(new FieldDiff.Span(FieldDiff.Change.SAME, v)));
        before.stream().filter(v -> !after.contains(v))
                .forEach(v -> spans.add(new FieldDiff.Span(FieldDiff.Change.REMOVED, v)));
        after.stream().filter(v -> !before.contains(v))
                .forEach(v -> spans.add(new FieldDiff.Span(FieldDiff.Change.ADDED, v)));
        diffs.add(new FieldDiff(field, spans));
    }

    private static String period(CaseStudyForm form) {
        return (form.yearFrom() == null ? "" : form.yearFrom()) + "–" + (form.yearTo() == null ? "" : form.yearTo());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKENS.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<FieldDiff.Span> spans, FieldDiff.Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!spans.isEmpty() && spans.getLast().change() == change) {
            text = spans.removeLast().text() + text;
        }
        spans.add(new FieldDiff.Span(change, text));
    }

    private void requireAuthorOrSecretariat(long caseStudyId) {
        ExchangeUser me = CurrentUser.require();
        if (me.isStaff() || records.isAuthor(caseStudyId, me.accountId())) {
            return;
        }
        throw new AccessDeniedException("Not an author of case study " + caseStudyId);
    }
}
